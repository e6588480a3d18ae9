// nbody: simulate the Jovian planets with a simple symplectic integrator
// (Computer Language Benchmarks Game algorithm). Prints the energy before
// and after n steps.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

// The physical constants are deliberately variables, not constants: Go
// evaluates constant expressions exactly, Python rounds every operation, and
// the checksums must agree bit for bit.
var (
	pi          = math.Pi
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

func newSystem() []*Body {
	return []*Body{
		// Sun
		{0, 0, 0, 0, 0, 0, solarMass},
		// Jupiter
		{
			4.84143144246472090e+00,
			-1.16032004402742839e+00,
			-1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear,
			7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear,
			9.54791938424326609e-04 * solarMass,
		},
		// Saturn
		{
			8.34336671824457987e+00,
			4.12479856412430479e+00,
			-4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear,
			4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear,
			2.85885980666130812e-04 * solarMass,
		},
		// Uranus
		{
			1.28943695621391310e+01,
			-1.51111514016986312e+01,
			-2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear,
			2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear,
			4.36624404335156298e-05 * solarMass,
		},
		// Neptune
		{
			1.53796971148509165e+01,
			-2.59193146099879641e+01,
			1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear,
			1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear,
			5.15138902046611451e-05 * solarMass,
		},
	}
}

func offsetMomentum(bodies []*Body) {
	px, py, pz := 0.0, 0.0, 0.0
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	sun := bodies[0]
	sun.vx = -px / solarMass
	sun.vy = -py / solarMass
	sun.vz = -pz / solarMass
}

func energy(bodies []*Body) float64 {
	e := 0.0
	for i, b := range bodies {
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			b2 := bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			e -= (b.mass * b2.mass) / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []*Body, dt float64) {
	for i, b := range bodies {
		for j := i + 1; j < len(bodies); j++ {
			b2 := bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			dsq := dx*dx + dy*dy + dz*dz
			mag := dt / (dsq * math.Sqrt(dsq))
			bm := b.mass * mag
			b2m := b2.mass * mag
			b.vx -= dx * b2m
			b.vy -= dy * b2m
			b.vz -= dz * b2m
			b2.vx += dx * bm
			b2.vy += dy * bm
			b2.vz += dz * bm
		}
	}
	for _, b := range bodies {
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func problemSize(def int) int {
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad size:", os.Args[1])
			os.Exit(2)
		}
		return n
	}
	return def
}

func main() {
	n := problemSize(300000)
	bodies := newSystem()
	offsetMomentum(bodies)
	fmt.Printf("%.9f\n", energy(bodies))
	for i := 0; i < n; i++ {
		advance(bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
