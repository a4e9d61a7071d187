role-mentee = Newcomer
role-connector = Professional connector
role-coordinator = Coordinator
role-mentor = Mentor
role-agency = Referring agency
