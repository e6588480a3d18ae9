// Package net as gomem provides it: TCP listeners and connections on real non-blocking
// sockets whose waits park the goroutine on gomem's netpoller (gomem/runtime/netpoll.py).
// Body-less functions and methods are in __init__.py.
package net

import "time"

// Addr represents a network end point address.
type Addr interface {
	Network() string
	String() string
}

// Conn is a generic stream-oriented network connection.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

// An IP is a single IP address, a slice of bytes.
type IP []byte

// String returns the string form of the IP address ip.
func (ip IP) String() string

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string

// String returns the address as host:port.
func (a *TCPAddr) String() string

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd int
}

// Listen announces on the local network address.
func Listen(network, address string) (Listener, error)

func (l *TCPListener) Accept() (Conn, error)
func (l *TCPListener) AcceptTCP() (*TCPConn, error)
func (l *TCPListener) Close() error
func (l *TCPListener) Addr() Addr

// conn is what every connection type embeds (as in Go): the Conn methods.
type conn struct {
	fd int
}

func (c *conn) Read(b []byte) (int, error)
func (c *conn) Write(b []byte) (int, error)
func (c *conn) Close() error
func (c *conn) LocalAddr() Addr
func (c *conn) RemoteAddr() Addr
func (c *conn) SetDeadline(t time.Time) error
func (c *conn) SetReadDeadline(t time.Time) error
func (c *conn) SetWriteDeadline(t time.Time) error

// TCPConn is an implementation of the Conn interface for TCP network connections.
type TCPConn struct {
	conn
}

// JoinHostPort combines host and port into a network address of the form "host:port".
func JoinHostPort(host, port string) string

// SplitHostPort splits a network address of the form "host:port" into host and port.
func SplitHostPort(hostport string) (host, port string, err error)
