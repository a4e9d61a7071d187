"""The only package that knows SQL: tables, migrations and the stores behind handlers' ports."""
