numbers-usage-period = Type stats, or stats and a period: week, month, quarter, year, or two dates, for example: stats 2026-01-01 2026-03-31
numbers-header = From { $start } to { $end } (in brackets, the previous period of the same length):
numbers-people = { $channel ->
    [sms] Newcomers: active { $newcomers_active } ({ $newcomers_active_before }), new { $newcomers_new } ({ $newcomers_new_before }). Connectors: active { $connectors_active } ({ $connectors_active_before }), new { $connectors_new } ({ $connectors_new_before }).
   *[other] Newcomers active: { $newcomers_active } ({ $newcomers_active_before })
        New newcomers: { $newcomers_new } ({ $newcomers_new_before })
        Connectors active: { $connectors_active } ({ $connectors_active_before })
        New connectors: { $connectors_new } ({ $connectors_new_before })
}
numbers-meetings = { $channel ->
    [sms] Meetings: requested { $requested } ({ $requested_before }), held { $held } ({ $held_before }), no-show { $noshow } ({ $noshow_before }).
   *[other] Meetings requested: { $requested } ({ $requested_before })
        Meetings held: { $held } ({ $held_before })
        No-shows: { $noshow } ({ $noshow_before })
}
numbers-chart-weeks = Meetings held per week
numbers-week-of = { $day }
numbers-chart-funnel = Meetings requested in the period
numbers-funnel-requested = Requested
numbers-funnel-confirmed = Confirmed
numbers-funnel-held = Held
numbers-command-export = A table as a CSV file (participants, meetings)
numbers-usage-export = Type export, the table (participants, meetings, referrals, outcomes, employment or mentorships), and a period if you like (week, month, quarter, year or two dates). Add contacts for names and numbers, for example: export participants contacts
numbers-export-telegram-only = Files are sent on Telegram only. Please run export there.
numbers-export-ready = { $channel ->
    [sms] Files are sent on Telegram only. Please run export there.
   *[other] { $contacts ->
        [yes] The { $name } table, { $rows } rows, with contact details (this request is in the audit log):
       *[other] The { $name } table, { $rows } rows, without contact details:
    }
}
numbers-col-id = id
numbers-col-role = role
numbers-col-status = status
numbers-col-sector = sector
numbers-col-city = city
numbers-col-language = language
numbers-col-registered = registered
numbers-col-held = meetings held
numbers-col-name = name
numbers-col-phone = phone
numbers-col-telegram = telegram id
numbers-col-connector = connector
numbers-col-newcomer = newcomer
numbers-col-starts = starts
numbers-col-requested = requested
numbers-col-missed = meetings missed
numbers-col-absent = did not come
numbers-col-reporter = reported by
