package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]string{"mode": "prod"}
	fmt.Println("config loaded")
}

func getConfig() map[string]string {
	once.Do(loadConfig)
	return config
}

func main() {
	var wg sync.WaitGroup
	modes := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			modes[i] = getConfig()["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(inits, modes[0], modes[9])

	// Do with a different function after the first call does nothing
	once.Do(func() { fmt.Println("never printed") })

	// a panicking function still counts as done
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("init failed") })
	}()
	o2.Do(func() { fmt.Println("not called again") })
	fmt.Println("after panic once")

	// OnceFunc and OnceValue (Go 1.21)
	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	vs := sync.OnceValues(func() (string, error) { return "x", nil })
	s, err := vs()
	fmt.Println(s, err)
}
