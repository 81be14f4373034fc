"""Kubernetes deployment: the Kustomize base in `base/` and the small programs it runs."""
