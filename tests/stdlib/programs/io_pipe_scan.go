package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 3; i++ {
			n, err := fmt.Fprintf(pw, "%d %d\n", i, i*i)
			fmt.Println("producer wrote", n, err)
		}
		pw.Close()
	}()
	for {
		var a, b int
		n, err := fmt.Fscanln(pr, &a, &b)
		if err != nil {
			fmt.Println("consumer:", n, err)
			break
		}
		fmt.Println("consumer got", a, b)
	}
	wg.Wait()

	// a pipe feeding io.Copy in another goroutine, through a TeeReader and a MultiWriter
	pr, pw = io.Pipe()
	var got, log strings.Builder
	done := make(chan struct{})
	go func() {
		n, err := io.Copy(io.MultiWriter(&got, &log), io.TeeReader(pr, io.Discard))
		fmt.Println("copied", n, err)
		close(done)
	}()
	for _, w := range []string{"alpha ", "beta ", "", "gamma"} {
		n, err := io.WriteString(pw, w)
		fmt.Println("wrote", n, err)
	}
	pw.CloseWithError(io.ErrUnexpectedEOF)
	<-done
	fmt.Printf("%q %q\n", got.String(), log.String())
}
