// Package math/rand as gomem provides it: the declarations the checker sees. Functions and
// methods without bodies are implemented in __init__.py (Rand_Intn is (*Rand).Intn). The seeded
// generator is Go 1.23's additive lagged Fibonacci generator, so a seeded Source yields exactly
// the numbers Go's does.
package rand

// A Source represents a source of uniformly-distributed pseudo-random int64 values in the
// range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random uint64
// values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is the seeded generator NewSource returns: a feedback register of 607 values and
// two positions in it.
type rngSource struct {
	tap  int
	feed int
	vec  [607]int64
}

func (rng *rngSource) Int63() int64
func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Uint64() uint64

// runtimeSource is the unseeded source behind the top-level functions (see __init__.py).
type runtimeSource struct{}

func (*runtimeSource) Int63() int64
func (*runtimeSource) Seed(seed int64)
func (*runtimeSource) Uint64() uint64

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64

	readVal int64
	readPos int8
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Read(p []byte) (n int, err error)
func (r *Rand) NormFloat64() float64
func (r *Rand) ExpFloat64() float64

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Read(p []byte) (n int, err error)
func NormFloat64() float64
func ExpFloat64() float64

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

// NewZipf returns a Zipf variate generator. It returns nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf

func (z *Zipf) Uint64() uint64
