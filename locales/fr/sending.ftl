sending-undelivered = { $undelivered ->
    [one] Un message n'a pas été transmis
   *[other] { $undelivered } messages n'ont pas été transmis
} (refusé par le service, ou devenu inutile) : { $names }. Merci de joindre ces personnes autrement.
