"""The console's HTTP side: pages, forms, security headers."""
