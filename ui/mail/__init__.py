"""The e-mail screens: SMTP settings, the ticket mail, sending."""
