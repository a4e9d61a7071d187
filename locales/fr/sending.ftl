sending-undelivered = { $undelivered ->
    [one] Un message n'a pas pu parvenir
   *[other] { $undelivered } messages n'ont pas pu parvenir
} (refusé par le service, ou devenu inutile) : { $names }. Merci de joindre ces personnes autrement.
