package p

// gc's back end drops bounds checks it can prove and says so at -m.

var (
	a256 [256]int
	a1k  [1000]int
	p1k  *[1000]int
	s    []int
)

func b01(u8 uint8, u16 uint16, i int, u uint) int {
	x := a256[u8]
	x += a256[u16]
	x += a1k[i&511]
	x += a1k[u%1000]
	x += a1k[i%1000]
	x += p1k[u8]
	x += s[u8]
	x += a256[u16>>8]
	x += a256[u16/256]
	x += a1k[i&^-4]
	x += len("hello"[u8&3:])
	x += int("hello"[u&3])
	return x
}
