"""The console's domain: sessions, screens by permission, languages. No I/O."""
