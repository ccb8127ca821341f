#!/usr/bin/env sh
# Stands in for the `docker` executable Jib calls to hand over a finished image: `docker load` gets the
# image as a tarball on stdin, which this writes to $IMAGE_TARBALL instead of to a daemon. This is how
# Quarkus' Jib extension writes an image file on a machine without a Docker or Podman engine.
set -eu
case "${1:-}" in
  info) echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
  load) cat > "$IMAGE_TARBALL" && echo "Loaded image written to $IMAGE_TARBALL" ;;
  *) echo "docker-load-to-file: only 'info' and 'load' are supported, not '$*'" >&2; exit 1 ;;
esac
