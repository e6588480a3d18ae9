package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"
)

func hello(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Demo", "1")
	fmt.Fprintf(w, "hello %s %s q=%q all=%q\n", r.Method, r.URL.Path, r.FormValue("q"), r.URL.Query()["q"])
}

func main() {
	http.HandleFunc("/hello", hello)
	http.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 500; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
	})
	http.HandleFunc("/err", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "bad thing", http.StatusTeapot)
	})
	http.HandleFunc("/sub/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><body>sub " + r.URL.Path + "</body></html>"))
	})
	http.HandleFunc("GET /getonly", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "get only")
	})
	http.HandleFunc("/status", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.URL.Query().Get("code"))
		w.WriteHeader(code)
		fmt.Fprintln(w, http.StatusText(code))
	})
	http.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("content-type", "text/plain")
		w.Header().Add("X-Multi", "a")
		w.Header().Add("x-multi", "b")
		fmt.Fprintf(w, "%s|%s|%s|%s|%d\n", r.Header.Get("X-Custom-Thing"), r.UserAgent(), r.Host, r.Proto, len(r.Header))
	})
	http.HandleFunc("/created", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte{0, 1, 2, 3})
	})
	http.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["x"] = 1
	})
	http.HandleFunc("/closing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close")
		fmt.Fprintln(w, "bye")
	})
	log.Println(http.ListenAndServe("127.0.0.1:"+os.Args[1], nil))
}
