"""The message classes of pprof's profile.proto (package perftools.profiles), made with the
protobuf package from a descriptor built here, field by field.

No protoc and no generated ``*_pb2.py`` file: the descriptor below is the .proto file's
content as data (field numbers and types as in ../shared/reference/pprof.md §1.2, which Go
1.23's pprof reads), and ``message_factory`` turns it into ordinary generated-style classes.
So the project needs only the ``protobuf`` runtime package, and the schema lives in one
readable place.
"""

from __future__ import annotations

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

_F = descriptor_pb2.FieldDescriptorProto
_INT64, _UINT64, _BOOL, _STRING, _MESSAGE = _F.TYPE_INT64, _F.TYPE_UINT64, _F.TYPE_BOOL, _F.TYPE_STRING, _F.TYPE_MESSAGE
_BYTES = _F.TYPE_BYTES
_REPEATED, _OPTIONAL = _F.LABEL_REPEATED, _F.LABEL_OPTIONAL

PACKAGE = "perftools.profiles"

# message -> [(field name, number, type, repeated, message type)]
_MESSAGES: dict[str, list[tuple[str, int, int, bool, str]]] = {
    "Profile": [
        ("sample_type", 1, _MESSAGE, True, "ValueType"),
        ("sample", 2, _MESSAGE, True, "Sample"),
        ("mapping", 3, _MESSAGE, True, "Mapping"),
        ("location", 4, _MESSAGE, True, "Location"),
        ("function", 5, _MESSAGE, True, "Function"),
        ("string_table", 6, _STRING, True, ""),
        ("drop_frames", 7, _INT64, False, ""),
        ("keep_frames", 8, _INT64, False, ""),
        ("time_nanos", 9, _INT64, False, ""),
        ("duration_nanos", 10, _INT64, False, ""),
        ("period_type", 11, _MESSAGE, False, "ValueType"),
        ("period", 12, _INT64, False, ""),
        ("comment", 13, _INT64, True, ""),
        ("default_sample_type", 14, _INT64, False, ""),
    ],
    "ValueType": [("type", 1, _INT64, False, ""), ("unit", 2, _INT64, False, "")],
    "Sample": [
        ("location_id", 1, _UINT64, True, ""),
        ("value", 2, _INT64, True, ""),
        ("label", 3, _MESSAGE, True, "Label"),
    ],
    "Label": [
        ("key", 1, _INT64, False, ""),
        ("str", 2, _INT64, False, ""),
        ("num", 3, _INT64, False, ""),
        ("num_unit", 4, _INT64, False, ""),
    ],
    "Mapping": [
        ("id", 1, _UINT64, False, ""),
        ("memory_start", 2, _UINT64, False, ""),
        ("memory_limit", 3, _UINT64, False, ""),
        ("file_offset", 4, _UINT64, False, ""),
        ("filename", 5, _INT64, False, ""),
        ("build_id", 6, _INT64, False, ""),
        ("has_functions", 7, _BOOL, False, ""),
        ("has_filenames", 8, _BOOL, False, ""),
        ("has_line_numbers", 9, _BOOL, False, ""),
        ("has_inline_frames", 10, _BOOL, False, ""),
    ],
    "Location": [
        ("id", 1, _UINT64, False, ""),
        ("mapping_id", 2, _UINT64, False, ""),
        ("address", 3, _UINT64, False, ""),
        ("line", 4, _MESSAGE, True, "Line"),
        ("is_folded", 5, _BOOL, False, ""),
    ],
    "Line": [("function_id", 1, _UINT64, False, ""), ("line", 2, _INT64, False, ""),
             ("column", 3, _INT64, False, "")],
    "Function": [
        ("id", 1, _UINT64, False, ""),
        ("name", 2, _INT64, False, ""),
        ("system_name", 3, _INT64, False, ""),
        ("filename", 4, _INT64, False, ""),
        ("start_line", 5, _INT64, False, ""),
    ],
}


def _file_descriptor(string_type: int = _STRING) -> descriptor_pb2.FileDescriptorProto:
    fd = descriptor_pb2.FileDescriptorProto(name="gomem/profile.proto", package=PACKAGE, syntax="proto3")
    for name, fields in _MESSAGES.items():
        msg = fd.message_type.add(name=name)
        for fname, number, ftype, repeated, mtype in fields:
            f = msg.field.add(name=fname, number=number, type=string_type if ftype == _STRING else ftype,
                              label=_REPEATED if repeated else _OPTIONAL)
            if mtype:
                f.type_name = f".{PACKAGE}.{mtype}"
    return fd


_pool = descriptor_pool.DescriptorPool()
_pool.Add(_file_descriptor())


def _cls(name: str) -> type:
    return message_factory.GetMessageClass(_pool.FindMessageTypeByName(f"{PACKAGE}.{name}"))


Profile = _cls("Profile")
ValueType = _cls("ValueType")
Sample = _cls("Sample")
Label = _cls("Label")
Mapping = _cls("Mapping")
Location = _cls("Location")
Line = _cls("Line")
Function = _cls("Function")

# The same schema with the string table as bytes, for reading other programs' files: a
# proto3 string must be valid UTF-8 and protobuf refuses the whole message otherwise, where
# pprof (Go) takes the bytes as they are.
_bytes_pool = descriptor_pool.DescriptorPool()
_bytes_pool.Add(_file_descriptor(_BYTES))
ProfileWithByteStrings = message_factory.GetMessageClass(_bytes_pool.FindMessageTypeByName(f"{PACKAGE}.Profile"))
