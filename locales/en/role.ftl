role-mentee = Newcomer
role-connector = Connector (professional)
role-coordinator = Coordinator
role-mentor = Mentor
role-agency = Referring agency
