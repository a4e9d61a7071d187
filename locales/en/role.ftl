role-mentee = Newcomer
role-connector = Connector (professional)
role-coordinator = Coordinator
