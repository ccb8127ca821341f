#!/usr/bin/env bash
# Assembles a minimal Java 17 base image as a `docker save` tarball from the JDK that runs the build:
# a jlink runtime, the shared libraries it links against (copied from this machine), a non-root user
# (1001) and a world-writable /tmp. No shell, no package manager. For machines that cannot pull a base
# image from a registry; with registry access, use Quarkus' default UBI base instead (README, Deploy).
# Usage: jre-base-image.sh <output.tar>
set -euo pipefail

out=$(realpath -m "$1")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"/{etc,tmp,opt}
chmod 1777 "$root/tmp"

"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.management.jfr,jdk.jfr,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.net,jdk.jcmd

# The runtime's shared libraries, the dynamic loader and glibc's name-service modules (loaded by dlopen).
{
  find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} + 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/tmp/ { print $3 } $1 ~ /^\/lib.*ld-linux/ { print $1 }'
  ls /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2 2>/dev/null
} | grep -v "^$root" | sort -u | while read -r library; do
  cp --parents -L "$library" "$root"
done

printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1001:0:app:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

tar --numeric-owner --owner=0 --group=0 --sort=name --mtime=@0 -C "$root" -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"1001","WorkingDir":"/tmp",
   "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
JSON
printf '[{"Config":"config.json","RepoTags":["vgn/jre-base:17"],"Layers":["layer.tar"]}]\n' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "Base image written to $out"
