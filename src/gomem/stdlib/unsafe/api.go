// Package unsafe as gomem provides it: only StringData, to see where a string's bytes live
// (a heap string's allocation, the same allocation for its substrings). The rest of unsafe
// reads and writes memory as raw words, which gomem's Python values do not have.
package unsafe

// StringData returns a pointer to the underlying bytes of str.
// For an empty string the return value is unspecified, and may be nil.
func StringData(str string) *byte

//gomem:unsupported Pointer "gomem's values are not raw memory"
//gomem:unsupported Sizeof "gomem's values are not raw memory"
//gomem:unsupported Alignof "gomem's values are not raw memory"
//gomem:unsupported Offsetof "gomem's values are not raw memory"
//gomem:unsupported Add "gomem's values are not raw memory"
//gomem:unsupported Slice "gomem's values are not raw memory"
//gomem:unsupported SliceData "gomem's values are not raw memory"
//gomem:unsupported String "gomem's values are not raw memory"
