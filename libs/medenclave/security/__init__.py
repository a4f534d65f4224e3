"""Security spine: tokens, role policy, envelope encryption."""
