"""Mentorship programmes (issue 15): one mentorship's life, a sub-package per stage, in order.

1. ``intake``: joining a programme, agency codes (/refer), the mentee's and mentor's
   eligibility questions, orientation, and coordinators' cases (/pending, /approve, /reject).
2. ``matching``: /suggest and /match, each side's answer within seven days, the agreement.
3. ``weeks``: the running mentorship: weekly logs, My mentorship, extension, closing, the
   final evaluation and the certificate.
4. ``outcomes``: monthly check-ins, interviews and events, employment follow-ups.

Each stage is a feature of its own (exporting ``FEATURE``) and builds on earlier stages only.
Their feature names predate this package and are kept (``mentorship``, ``pairing``,
``mentoring``, ``outcomes``): message ids, catalogue files and stored ids begin with them.
This package itself declares nothing.
"""
