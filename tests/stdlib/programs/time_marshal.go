package main

// time.Time's encodings (text, JSON, binary, gob), GoString, IsDST and ZoneBounds, in named
// zones (the zone files of the system) and fixed zones. Local is not used: it depends on the
// machine.

import (
	"fmt"
	"os"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	lon, _ := time.LoadLocation("Europe/London")
	tok, _ := time.LoadLocation("Asia/Tokyo")
	syd, _ := time.LoadLocation("Australia/Sydney")
	times := []time.Time{
		time.Date(2009, 11, 10, 23, 0, 0, 123456789, time.UTC),
		time.Date(2024, 7, 4, 12, 30, 0, 0, ny),
		time.Date(2024, 1, 4, 12, 30, 0, 5000, ny),
		time.Date(1850, 1, 1, 0, 0, 0, 0, ny),
		time.Date(2024, 3, 31, 0, 59, 59, 0, lon),
		time.Date(2024, 3, 31, 1, 0, 0, 0, lon),
		time.Date(2024, 6, 1, 0, 0, 0, 0, tok),
		time.Date(1900, 6, 1, 0, 0, 0, 0, lon),
		time.Date(1950, 6, 1, 0, 0, 0, 0, tok),
		time.Date(2100, 1, 15, 0, 0, 0, 0, ny),
		time.Date(2100, 7, 15, 0, 0, 0, 0, ny),
		time.Date(2100, 12, 15, 0, 0, 0, 0, ny),
		time.Date(2100, 1, 15, 0, 0, 0, 0, syd),
		time.Date(2100, 7, 15, 0, 0, 0, 0, syd),
		time.Date(2300, 6, 1, 0, 0, 0, 0, ny),
		time.Date(2300, 6, 1, 0, 0, 0, 0, tok),
		time.Date(2024, 6, 1, 0, 0, 0, 0, time.FixedZone("X", 3600*5+30)),
		time.Date(2024, 6, 1, 0, 0, 0, 0, time.FixedZone("Y", -3600*25)),
		time.Date(2024, 6, 1, 0, 0, 0, 0, time.FixedZone("Z", -60)),
		time.Date(-5, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(1e9, 0).In(time.UTC),
		{},
	}
	for _, t := range times {
		s, e := t.ZoneBounds()
		fmt.Println(t, t.IsDST(), s, e)
		fmt.Printf("%s\n", t.GoString())
		b, err := t.MarshalText()
		fmt.Printf("text %q %v\n", b, err)
		j, err := t.MarshalJSON()
		fmt.Printf("json %s %v\n", j, err)
		bin, err := t.MarshalBinary()
		fmt.Printf("bin %x %v\n", bin, err)
		var u time.Time
		err = u.UnmarshalBinary(bin)
		name, off := u.Zone()
		fmt.Println("unbin", u.UTC(), off, name == "UTC" || name == "", err, u.Equal(t))
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(v.GobDecode(g), v.Equal(t))
		var w time.Time
		err = w.UnmarshalText(b)
		fmt.Println("untext", w.UTC(), err, w.Equal(t))
		err = w.UnmarshalJSON(j)
		fmt.Println("unjson", w.UTC(), err)
	}
	var t time.Time
	fmt.Println(t.UnmarshalJSON([]byte("null")), t.UnmarshalJSON([]byte("x")), t.UnmarshalText([]byte("2006-01-02")))
	fmt.Println(t.UnmarshalBinary(nil), t.UnmarshalBinary([]byte{3}), t.UnmarshalBinary([]byte{1, 2}))
	fmt.Println(t.UnmarshalText([]byte("2024-02-30T00:00:00Z")))
	data, err := os.ReadFile("/usr/share/zoneinfo/Europe/Paris")
	if err == nil {
		p, err := time.LoadLocationFromTZData("Paris", data)
		d := time.Date(2024, 7, 1, 0, 0, 0, 0, p)
		s, e := d.ZoneBounds()
		fmt.Println(p, err, d, d.IsDST(), s, e)
	}
	_, err = time.LoadLocationFromTZData("bad", []byte("xx"))
	fmt.Println(err)
}
