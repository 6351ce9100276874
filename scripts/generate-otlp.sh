#!/usr/bin/env bash
# Regenerates Sources/OpenTelemetryProto/Generated/*.pb.swift: OpenTelemetry's protobuf messages
# for traces (common, resource, trace, trace_service), shared by the SDK's exporter and the server's
# receiver. Run once by hand when the OTLP version changes; the output is committed, so builds and CI
# never need protoc.
#
# Needs: protoc (Debian: protobuf-compiler), python3 with venv, network access to PyPI, and the
# swift-protobuf sources (the package mirror this machine has, or GitHub).
set -euo pipefail

OTLP_PROTO_VERSION="1.45.2"     # PyPI opentelemetry-proto; carries OTLP's .proto descriptors
SWIFT_PROTOBUF_VERSION="1.39.0" # must match the swift-protobuf version in Package.swift
SWIFT_PROTOBUF_REPO="${SWIFT_PROTOBUF_REPO:-https://github.com/apple/swift-protobuf}"

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/Sources/OpenTelemetryProto/Generated"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v protoc >/dev/null || { echo "protoc not found: apt-get install -y protobuf-compiler" >&2; exit 1; }

echo "==> opentelemetry-proto $OTLP_PROTO_VERSION descriptors"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "opentelemetry-proto==$OTLP_PROTO_VERSION"
"$work/venv/bin/python" - "$work/otlp.pb" <<'PY'
import sys
from google.protobuf import descriptor_pb2
from opentelemetry.proto.common.v1 import common_pb2
from opentelemetry.proto.resource.v1 import resource_pb2
from opentelemetry.proto.trace.v1 import trace_pb2
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2

files = descriptor_pb2.FileDescriptorSet()
for module in (common_pb2, resource_pb2, trace_pb2, trace_service_pb2):
    module.DESCRIPTOR.CopyToProto(files.file.add())
with open(sys.argv[1], "wb") as f:
    f.write(files.SerializeToString())
PY

echo "==> protoc-gen-swift $SWIFT_PROTOBUF_VERSION"
git clone -q --depth 1 --branch "$SWIFT_PROTOBUF_VERSION" "$SWIFT_PROTOBUF_REPO" "$work/swift-protobuf"
swift build -q -c release --package-path "$work/swift-protobuf" --product protoc-gen-swift
plugin="$(swift build -c release --package-path "$work/swift-protobuf" --show-bin-path)/protoc-gen-swift"

echo "==> generating into $out"
rm -rf "$out"
mkdir -p "$out"
protoc --plugin=protoc-gen-swift="$plugin" --descriptor_set_in="$work/otlp.pb" \
    --swift_out="$out" --swift_opt=Visibility=Public --swift_opt=FileNaming=PathToUnderscores \
    opentelemetry/proto/common/v1/common.proto \
    opentelemetry/proto/resource/v1/resource.proto \
    opentelemetry/proto/trace/v1/trace.proto \
    opentelemetry/proto/collector/trace/v1/trace_service.proto
ls -l "$out"
