timezone-newfoundland = Newfoundland
timezone-atlantic = Atlantic (Halifax)
timezone-eastern = Eastern (Toronto, Montreal)
timezone-central = Central (Winnipeg)
timezone-saskatchewan = Saskatchewan
timezone-mountain = Mountain (Calgary)
timezone-pacific = Pacific (Vancouver)
timezone-other = { $zone }
