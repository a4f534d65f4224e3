"""The deid core: profile engine, pseudonyms, leak guard, table de-identification. No I/O."""
