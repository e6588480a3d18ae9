// net.Listen and http.Serve, and a raw TCP echo on a second listener: accept, read, write.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
)

func echo(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		go func(c net.Conn) {
			defer c.Close()
			buf := make([]byte, 5)
			for {
				n, err := c.Read(buf)
				if err == io.EOF {
					return
				}
				if err != nil {
					fmt.Println("read:", err)
					return
				}
				c.Write([]byte("[" + string(buf[:n]) + "]"))
			}
		}(c)
	}
}

func main() {
	port, _ := strconv.Atoi(os.Args[1])
	l, err := net.Listen("tcp", "127.0.0.1:"+os.Args[1])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Addr().Network(), l.Addr())
	_, err = net.Listen("tcp", "127.0.0.1:"+os.Args[1])
	fmt.Println(err)
	l2, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port+1))
	if err != nil {
		fmt.Println(err)
		return
	}
	go echo(l2)
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "served %s\n", r.URL.Path)
	})
	fmt.Println(http.Serve(l, nil))
}
