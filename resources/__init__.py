"""The app's shipped files, installed as the package ``checkin_resources``; read them via checkin.resources."""
