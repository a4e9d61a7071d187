coordination-command-find = Find people by name, profession, city, sector or language
coordination-command-who = One person's details (by number)
coordination-command-grant = Give someone a role (coordinator, agency, mentor)
coordination-command-remove = Take a role away
coordination-command-pause = Pause someone's meetings
coordination-command-resume = Lift a pause
coordination-command-audit = Admin actions, by person, action, period
coordination-usage-find = Type find and words of a name, profession or city, a role, a standing (waiting, paused, refused), sector health, language fr, or a list: no times, never booked, no referral, unreachable. For example: find engineer Toronto
coordination-usage-person = Type the command and the person's number, for example: who 12 (find gives the numbers).
coordination-usage-role = Type the command, the person's number and coordinator, agency or mentor, for example: grant 12 agency
coordination-usage-audit = Type audit, or add a person's number, an action and a period, for example: audit 12 erase month, or audit 2026-11-01 2026-11-30
coordination-found = { $paged ->
    [yes] People found: { $total } ({ $first_shown }-{ $last_shown } below):
   *[other] { $total ->
        [one] One person found:
       *[other] { $total } people found:
    }
}
    { $lines }
coordination-found-nobody = Nobody matches that.
coordination-found-none = Nobody found for "{ $text }".
coordination-person = #{ $id } { $name } ({ $role }): { $profession }, { $city }
coordination-no-such-person = There is no active participant number { $id }.
coordination-profile = { $channel ->
    [sms] #{ $id } { $name } ({ $roles }, { $status }): { $profession }, { $city }. Met { $held }, missed { $noshow }, coming { $upcoming }. Paused: { $paused ->
        [yes] yes
       *[other] no
    }.
   *[other] #{ $id } { $name }
        Roles: { $roles } ({ $status })
        Profession: { $profession }
        City: { $city }
        Meetings held: { $held }, missed: { $noshow }, coming up: { $upcoming }
        Paused: { $paused ->
            [yes] yes
           *[other] no
        }
}
coordination-status-waiting = waiting for approval
coordination-status-refused = refused
coordination-status-registering = registering
coordination-status-active = active
coordination-status-paused = paused
coordination-status-consent-refused = declined consent
coordination-status-erased = erased
coordination-not-yourself = You cannot change your own roles or pause yourself; ask another coordinator.
coordination-role-held = { $name } (#{ $id }) already has the role { $role }.
coordination-role-not-held = { $name } (#{ $id }) does not have the role { $role }.
coordination-granted = { $name } (#{ $id }) now has the role { $role }.
coordination-revoked = { $name } (#{ $id }) no longer has the role { $role }.
coordination-last-coordinator = That is the last coordinator; grant the role to someone else first.
coordination-you-were-granted = A coordinator gave you a new role: { $role }. Type menu to see what you can do.
coordination-you-are-paused = A coordinator has paused your meetings for now. Write to the programme if you have questions.
coordination-paused = { $name } (#{ $id }) is paused.
coordination-resumed = { $name } (#{ $id }) can take part again.
coordination-audit = { $newest ->
    [yes] Admin actions, newest first:
   *[other] Older admin actions:
}
    { $lines }
coordination-audit-none = No admin actions match.
coordination-audit-line = { $when } #{ $who } { $action } { $detail }
coordination-pause-yourself = You cannot pause yourself. Another coordinator can, with pause and your number.
