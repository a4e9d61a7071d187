timezone-newfoundland = Terre-Neuve
timezone-atlantic = Atlantique (Halifax)
timezone-eastern = Est (Toronto, Montréal)
timezone-central = Centre (Winnipeg)
timezone-saskatchewan = Saskatchewan
timezone-mountain = Rocheuses (Calgary)
timezone-pacific = Pacifique (Vancouver)
timezone-other = { $zone }
