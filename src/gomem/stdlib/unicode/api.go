// Package unicode as gomem provides it: the declarations the checker sees. The functions are
// implemented in __init__.py on Go's tables (generated from Go 1.23 into _tables.py). The range
// tables below (categories, scripts, properties) are *RangeTable values built on first use.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange represents a
// sequence of the form (say) Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune
func (special SpecialCase) ToTitle(r rune) rune
func (special SpecialCase) ToLower(r rune) rune

var TurkishCase SpecialCase
var AzeriCase SpecialCase

// CaseRanges is the table describing case mappings for all letters with non-self mappings.
var CaseRanges []CaseRange

// The range tables.
var (
	Cc                                 *RangeTable // _Cc
	Cf                                 *RangeTable // _Cf
	Co                                 *RangeTable // _Co
	Cs                                 *RangeTable // _Cs
	Digit                              *RangeTable // _Nd
	Nd                                 *RangeTable // _Nd
	Letter                             *RangeTable // _L
	L                                  *RangeTable // _L
	Lm                                 *RangeTable // _Lm
	Lo                                 *RangeTable // _Lo
	Lower                              *RangeTable // _Ll
	Ll                                 *RangeTable // _Ll
	Mark                               *RangeTable // _M
	M                                  *RangeTable // _M
	Mc                                 *RangeTable // _Mc
	Me                                 *RangeTable // _Me
	Mn                                 *RangeTable // _Mn
	Nl                                 *RangeTable // _Nl
	No                                 *RangeTable // _No
	Number                             *RangeTable // _N
	N                                  *RangeTable // _N
	Other                              *RangeTable // _C
	C                                  *RangeTable // _C
	Pc                                 *RangeTable // _Pc
	Pd                                 *RangeTable // _Pd
	Pe                                 *RangeTable // _Pe
	Pf                                 *RangeTable // _Pf
	Pi                                 *RangeTable // _Pi
	Po                                 *RangeTable // _Po
	Ps                                 *RangeTable // _Ps
	Punct                              *RangeTable // _P
	P                                  *RangeTable // _P
	Sc                                 *RangeTable // _Sc
	Sk                                 *RangeTable // _Sk
	Sm                                 *RangeTable // _Sm
	So                                 *RangeTable // _So
	Space                              *RangeTable // _Z
	Z                                  *RangeTable // _Z
	Symbol                             *RangeTable // _S
	S                                  *RangeTable // _S
	Title                              *RangeTable // _Lt
	Lt                                 *RangeTable // _Lt
	Upper                              *RangeTable // _Lu
	Lu                                 *RangeTable // _Lu
	Zl                                 *RangeTable // _Zl
	Zp                                 *RangeTable // _Zp
	Zs                                 *RangeTable // _Zs
	Adlam                              *RangeTable // _Adlam
	Ahom                               *RangeTable // _Ahom
	Anatolian_Hieroglyphs              *RangeTable // _Anatolian_Hieroglyphs
	Arabic                             *RangeTable // _Arabic
	Armenian                           *RangeTable // _Armenian
	Avestan                            *RangeTable // _Avestan
	Balinese                           *RangeTable // _Balinese
	Bamum                              *RangeTable // _Bamum
	Bassa_Vah                          *RangeTable // _Bassa_Vah
	Batak                              *RangeTable // _Batak
	Bengali                            *RangeTable // _Bengali
	Bhaiksuki                          *RangeTable // _Bhaiksuki
	Bopomofo                           *RangeTable // _Bopomofo
	Brahmi                             *RangeTable // _Brahmi
	Braille                            *RangeTable // _Braille
	Buginese                           *RangeTable // _Buginese
	Buhid                              *RangeTable // _Buhid
	Canadian_Aboriginal                *RangeTable // _Canadian_Aboriginal
	Carian                             *RangeTable // _Carian
	Caucasian_Albanian                 *RangeTable // _Caucasian_Albanian
	Chakma                             *RangeTable // _Chakma
	Cham                               *RangeTable // _Cham
	Cherokee                           *RangeTable // _Cherokee
	Chorasmian                         *RangeTable // _Chorasmian
	Common                             *RangeTable // _Common
	Coptic                             *RangeTable // _Coptic
	Cuneiform                          *RangeTable // _Cuneiform
	Cypriot                            *RangeTable // _Cypriot
	Cypro_Minoan                       *RangeTable // _Cypro_Minoan
	Cyrillic                           *RangeTable // _Cyrillic
	Deseret                            *RangeTable // _Deseret
	Devanagari                         *RangeTable // _Devanagari
	Dives_Akuru                        *RangeTable // _Dives_Akuru
	Dogra                              *RangeTable // _Dogra
	Duployan                           *RangeTable // _Duployan
	Egyptian_Hieroglyphs               *RangeTable // _Egyptian_Hieroglyphs
	Elbasan                            *RangeTable // _Elbasan
	Elymaic                            *RangeTable // _Elymaic
	Ethiopic                           *RangeTable // _Ethiopic
	Georgian                           *RangeTable // _Georgian
	Glagolitic                         *RangeTable // _Glagolitic
	Gothic                             *RangeTable // _Gothic
	Grantha                            *RangeTable // _Grantha
	Greek                              *RangeTable // _Greek
	Gujarati                           *RangeTable // _Gujarati
	Gunjala_Gondi                      *RangeTable // _Gunjala_Gondi
	Gurmukhi                           *RangeTable // _Gurmukhi
	Han                                *RangeTable // _Han
	Hangul                             *RangeTable // _Hangul
	Hanifi_Rohingya                    *RangeTable // _Hanifi_Rohingya
	Hanunoo                            *RangeTable // _Hanunoo
	Hatran                             *RangeTable // _Hatran
	Hebrew                             *RangeTable // _Hebrew
	Hiragana                           *RangeTable // _Hiragana
	Imperial_Aramaic                   *RangeTable // _Imperial_Aramaic
	Inherited                          *RangeTable // _Inherited
	Inscriptional_Pahlavi              *RangeTable // _Inscriptional_Pahlavi
	Inscriptional_Parthian             *RangeTable // _Inscriptional_Parthian
	Javanese                           *RangeTable // _Javanese
	Kaithi                             *RangeTable // _Kaithi
	Kannada                            *RangeTable // _Kannada
	Katakana                           *RangeTable // _Katakana
	Kawi                               *RangeTable // _Kawi
	Kayah_Li                           *RangeTable // _Kayah_Li
	Kharoshthi                         *RangeTable // _Kharoshthi
	Khitan_Small_Script                *RangeTable // _Khitan_Small_Script
	Khmer                              *RangeTable // _Khmer
	Khojki                             *RangeTable // _Khojki
	Khudawadi                          *RangeTable // _Khudawadi
	Lao                                *RangeTable // _Lao
	Latin                              *RangeTable // _Latin
	Lepcha                             *RangeTable // _Lepcha
	Limbu                              *RangeTable // _Limbu
	Linear_A                           *RangeTable // _Linear_A
	Linear_B                           *RangeTable // _Linear_B
	Lisu                               *RangeTable // _Lisu
	Lycian                             *RangeTable // _Lycian
	Lydian                             *RangeTable // _Lydian
	Mahajani                           *RangeTable // _Mahajani
	Makasar                            *RangeTable // _Makasar
	Malayalam                          *RangeTable // _Malayalam
	Mandaic                            *RangeTable // _Mandaic
	Manichaean                         *RangeTable // _Manichaean
	Marchen                            *RangeTable // _Marchen
	Masaram_Gondi                      *RangeTable // _Masaram_Gondi
	Medefaidrin                        *RangeTable // _Medefaidrin
	Meetei_Mayek                       *RangeTable // _Meetei_Mayek
	Mende_Kikakui                      *RangeTable // _Mende_Kikakui
	Meroitic_Cursive                   *RangeTable // _Meroitic_Cursive
	Meroitic_Hieroglyphs               *RangeTable // _Meroitic_Hieroglyphs
	Miao                               *RangeTable // _Miao
	Modi                               *RangeTable // _Modi
	Mongolian                          *RangeTable // _Mongolian
	Mro                                *RangeTable // _Mro
	Multani                            *RangeTable // _Multani
	Myanmar                            *RangeTable // _Myanmar
	Nabataean                          *RangeTable // _Nabataean
	Nag_Mundari                        *RangeTable // _Nag_Mundari
	Nandinagari                        *RangeTable // _Nandinagari
	New_Tai_Lue                        *RangeTable // _New_Tai_Lue
	Newa                               *RangeTable // _Newa
	Nko                                *RangeTable // _Nko
	Nushu                              *RangeTable // _Nushu
	Nyiakeng_Puachue_Hmong             *RangeTable // _Nyiakeng_Puachue_Hmong
	Ogham                              *RangeTable // _Ogham
	Ol_Chiki                           *RangeTable // _Ol_Chiki
	Old_Hungarian                      *RangeTable // _Old_Hungarian
	Old_Italic                         *RangeTable // _Old_Italic
	Old_North_Arabian                  *RangeTable // _Old_North_Arabian
	Old_Permic                         *RangeTable // _Old_Permic
	Old_Persian                        *RangeTable // _Old_Persian
	Old_Sogdian                        *RangeTable // _Old_Sogdian
	Old_South_Arabian                  *RangeTable // _Old_South_Arabian
	Old_Turkic                         *RangeTable // _Old_Turkic
	Old_Uyghur                         *RangeTable // _Old_Uyghur
	Oriya                              *RangeTable // _Oriya
	Osage                              *RangeTable // _Osage
	Osmanya                            *RangeTable // _Osmanya
	Pahawh_Hmong                       *RangeTable // _Pahawh_Hmong
	Palmyrene                          *RangeTable // _Palmyrene
	Pau_Cin_Hau                        *RangeTable // _Pau_Cin_Hau
	Phags_Pa                           *RangeTable // _Phags_Pa
	Phoenician                         *RangeTable // _Phoenician
	Psalter_Pahlavi                    *RangeTable // _Psalter_Pahlavi
	Rejang                             *RangeTable // _Rejang
	Runic                              *RangeTable // _Runic
	Samaritan                          *RangeTable // _Samaritan
	Saurashtra                         *RangeTable // _Saurashtra
	Sharada                            *RangeTable // _Sharada
	Shavian                            *RangeTable // _Shavian
	Siddham                            *RangeTable // _Siddham
	SignWriting                        *RangeTable // _SignWriting
	Sinhala                            *RangeTable // _Sinhala
	Sogdian                            *RangeTable // _Sogdian
	Sora_Sompeng                       *RangeTable // _Sora_Sompeng
	Soyombo                            *RangeTable // _Soyombo
	Sundanese                          *RangeTable // _Sundanese
	Syloti_Nagri                       *RangeTable // _Syloti_Nagri
	Syriac                             *RangeTable // _Syriac
	Tagalog                            *RangeTable // _Tagalog
	Tagbanwa                           *RangeTable // _Tagbanwa
	Tai_Le                             *RangeTable // _Tai_Le
	Tai_Tham                           *RangeTable // _Tai_Tham
	Tai_Viet                           *RangeTable // _Tai_Viet
	Takri                              *RangeTable // _Takri
	Tamil                              *RangeTable // _Tamil
	Tangsa                             *RangeTable // _Tangsa
	Tangut                             *RangeTable // _Tangut
	Telugu                             *RangeTable // _Telugu
	Thaana                             *RangeTable // _Thaana
	Thai                               *RangeTable // _Thai
	Tibetan                            *RangeTable // _Tibetan
	Tifinagh                           *RangeTable // _Tifinagh
	Tirhuta                            *RangeTable // _Tirhuta
	Toto                               *RangeTable // _Toto
	Ugaritic                           *RangeTable // _Ugaritic
	Vai                                *RangeTable // _Vai
	Vithkuqi                           *RangeTable // _Vithkuqi
	Wancho                             *RangeTable // _Wancho
	Warang_Citi                        *RangeTable // _Warang_Citi
	Yezidi                             *RangeTable // _Yezidi
	Yi                                 *RangeTable // _Yi
	Zanabazar_Square                   *RangeTable // _Zanabazar_Square
	ASCII_Hex_Digit                    *RangeTable // _ASCII_Hex_Digit
	Bidi_Control                       *RangeTable // _Bidi_Control
	Dash                               *RangeTable // _Dash
	Deprecated                         *RangeTable // _Deprecated
	Diacritic                          *RangeTable // _Diacritic
	Extender                           *RangeTable // _Extender
	Hex_Digit                          *RangeTable // _Hex_Digit
	Hyphen                             *RangeTable // _Hyphen
	IDS_Binary_Operator                *RangeTable // _IDS_Binary_Operator
	IDS_Trinary_Operator               *RangeTable // _IDS_Trinary_Operator
	Ideographic                        *RangeTable // _Ideographic
	Join_Control                       *RangeTable // _Join_Control
	Logical_Order_Exception            *RangeTable // _Logical_Order_Exception
	Noncharacter_Code_Point            *RangeTable // _Noncharacter_Code_Point
	Other_Alphabetic                   *RangeTable // _Other_Alphabetic
	Other_Default_Ignorable_Code_Point *RangeTable // _Other_Default_Ignorable_Code_Point
	Other_Grapheme_Extend              *RangeTable // _Other_Grapheme_Extend
	Other_ID_Continue                  *RangeTable // _Other_ID_Continue
	Other_ID_Start                     *RangeTable // _Other_ID_Start
	Other_Lowercase                    *RangeTable // _Other_Lowercase
	Other_Math                         *RangeTable // _Other_Math
	Other_Uppercase                    *RangeTable // _Other_Uppercase
	Pattern_Syntax                     *RangeTable // _Pattern_Syntax
	Pattern_White_Space                *RangeTable // _Pattern_White_Space
	Prepended_Concatenation_Mark       *RangeTable // _Prepended_Concatenation_Mark
	Quotation_Mark                     *RangeTable // _Quotation_Mark
	Radical                            *RangeTable // _Radical
	Regional_Indicator                 *RangeTable // _Regional_Indicator
	STerm                              *RangeTable // _Sentence_Terminal
	Sentence_Terminal                  *RangeTable // _Sentence_Terminal
	Soft_Dotted                        *RangeTable // _Soft_Dotted
	Terminal_Punctuation               *RangeTable // _Terminal_Punctuation
	Unified_Ideograph                  *RangeTable // _Unified_Ideograph
	Variation_Selector                 *RangeTable // _Variation_Selector
	White_Space                        *RangeTable // _White_Space
)

var Categories map[string]*RangeTable
var Scripts map[string]*RangeTable
var Properties map[string]*RangeTable
var FoldCategory map[string]*RangeTable
var FoldScript map[string]*RangeTable
var GraphicRanges []*RangeTable
var PrintRanges []*RangeTable

func Is(rangeTab *RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsOneOf(ranges []*RangeTable, r rune) bool

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool

func To(_case int, r rune) rune
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
