jobs-set-aside = Une action planifiée ({ $kind }, no { $id }) a échoué et a été écartée ; les autres continuent. Le journal dit pourquoi : prévenez la personne qui gère le robot.
