"""The console's calls to the other services (gRPC, with the signed-in person's token)."""
