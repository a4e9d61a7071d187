sending-undelivered = { $undelivered ->
    [one] A message could not be delivered
   *[other] { $undelivered } messages could not be delivered
} (the service refused it, or it was no longer useful): { $names }. Please contact them another way.
