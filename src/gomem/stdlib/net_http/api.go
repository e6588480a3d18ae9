// Package http (net/http) as gomem provides it: a server subset (ListenAndServe, Server,
// ServeMux with Go's plain-path, subtree and method patterns, ResponseWriter, Request) on real
// sockets through gomem's netpoller (gomem/runtime/netpoll.py). Body-less functions and
// methods are in __init__.py; docs/profiling.md ("The pprof server").
package http

import (
	"io"
	"net"
	"net/url"
)

// HTTP status codes as registered with IANA.
const (
	StatusContinue           = 100
	StatusSwitchingProtocols = 101
	StatusProcessing         = 102
	StatusEarlyHints         = 103

	StatusOK                   = 200
	StatusCreated              = 201
	StatusAccepted             = 202
	StatusNonAuthoritativeInfo = 203
	StatusNoContent            = 204
	StatusResetContent         = 205
	StatusPartialContent       = 206
	StatusMultiStatus          = 207
	StatusAlreadyReported      = 208
	StatusIMUsed               = 226

	StatusMultipleChoices   = 300
	StatusMovedPermanently  = 301
	StatusFound             = 302
	StatusSeeOther          = 303
	StatusNotModified       = 304
	StatusUseProxy          = 305
	StatusTemporaryRedirect = 307
	StatusPermanentRedirect = 308

	StatusBadRequest                   = 400
	StatusUnauthorized                 = 401
	StatusPaymentRequired              = 402
	StatusForbidden                    = 403
	StatusNotFound                     = 404
	StatusMethodNotAllowed             = 405
	StatusNotAcceptable                = 406
	StatusProxyAuthRequired            = 407
	StatusRequestTimeout               = 408
	StatusConflict                     = 409
	StatusGone                         = 410
	StatusLengthRequired               = 411
	StatusPreconditionFailed           = 412
	StatusRequestEntityTooLarge        = 413
	StatusRequestURITooLong            = 414
	StatusUnsupportedMediaType         = 415
	StatusRequestedRangeNotSatisfiable = 416
	StatusExpectationFailed            = 417
	StatusTeapot                       = 418
	StatusMisdirectedRequest           = 421
	StatusUnprocessableEntity          = 422
	StatusLocked                       = 423
	StatusFailedDependency             = 424
	StatusTooEarly                     = 425
	StatusUpgradeRequired              = 426
	StatusPreconditionRequired         = 428
	StatusTooManyRequests              = 429
	StatusRequestHeaderFieldsTooLarge  = 431
	StatusUnavailableForLegalReasons   = 451

	StatusInternalServerError           = 500
	StatusNotImplemented                = 501
	StatusBadGateway                    = 502
	StatusServiceUnavailable            = 503
	StatusGatewayTimeout                = 504
	StatusHTTPVersionNotSupported       = 505
	StatusVariantAlsoNegotiates         = 506
	StatusInsufficientStorage           = 507
	StatusLoopDetected                  = 508
	StatusNotExtended                   = 510
	StatusNetworkAuthenticationRequired = 511
)

// Common HTTP methods.
const (
	MethodGet     = "GET"
	MethodHead    = "HEAD"
	MethodPost    = "POST"
	MethodPut     = "PUT"
	MethodPatch   = "PATCH"
	MethodDelete  = "DELETE"
	MethodConnect = "CONNECT"
	MethodOptions = "OPTIONS"
	MethodTrace   = "TRACE"
)

// DefaultMaxHeaderBytes is the maximum permitted size of the headers in an HTTP request.
const DefaultMaxHeaderBytes = 1 << 20

// TimeFormat is the time format to use when generating times in HTTP headers.
const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

// A Header represents the key-value pairs in an HTTP header.
type Header map[string][]string

// Add adds the key, value pair to the header.
func (h Header) Add(key, value string) {
	k := CanonicalHeaderKey(key)
	h[k] = append(h[k], value)
}

// Set sets the header entries associated with key to the single element value.
func (h Header) Set(key, value string) {
	h[CanonicalHeaderKey(key)] = []string{value}
}

// Get gets the first value associated with the given key.
func (h Header) Get(key string) string {
	v := h[CanonicalHeaderKey(key)]
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// Values returns all values associated with the given key.
func (h Header) Values(key string) []string {
	return h[CanonicalHeaderKey(key)]
}

// Del deletes the values associated with key.
func (h Header) Del(key string) {
	delete(h, CanonicalHeaderKey(key))
}

// Clone returns a copy of h or nil if h is nil.
func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	h2 := make(Header, len(h))
	for k, vv := range h {
		h2[k] = append([]string(nil), vv...)
	}
	return h2
}

// CanonicalHeaderKey returns the canonical format of the header key s.
func CanonicalHeaderKey(s string) string

// StatusText returns a text for the HTTP status code.
func StatusText(code int) string

// A ResponseWriter interface is used by an HTTP handler to construct an HTTP response.
type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

// A Handler responds to an HTTP request.
type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

// The HandlerFunc type is an adapter to allow the use of ordinary functions as HTTP handlers.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP calls f(w, r).
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) {
	f(w, r)
}

// A Request represents an HTTP request received by a server.
type Request struct {
	Method        string
	URL           *url.URL
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	ContentLength int64
	Close         bool
	Host          string
	Form          url.Values
	RemoteAddr    string
	RequestURI    string
	pattern       string
	body          []byte
}

// FormValue returns the first value for the named component of the query.
func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.Form = r.URL.Query()
	}
	return r.Form.Get(key)
}

// UserAgent returns the client's User-Agent, if sent in the request.
func (r *Request) UserAgent() string {
	return r.Header.Get("User-Agent")
}

// Referer returns the referring URL, if sent in the request.
func (r *Request) Referer() string {
	return r.Header.Get("Referer")
}

// Pattern is the ServeMux pattern that matched the request.
func (r *Request) patternOf() string {
	return r.pattern
}

// response is the server's ResponseWriter (its state lives in __init__.py, keyed by id;
// the header map is here too, so that the collector sees it through the handler's w).
type response struct {
	id     int
	header Header
}

func (w *response) Header() Header
func (w *response) Write(b []byte) (int, error)
func (w *response) WriteHeader(code int)

// WriteString writes s as the body (io.StringWriter).
func (w *response) WriteString(s string) (int, error) {
	return w.Write([]byte(s))
}

// ServeMux is an HTTP request multiplexer.
type ServeMux struct {
	id int
}

// NewServeMux allocates and returns a new ServeMux.
func NewServeMux() *ServeMux

// Handle registers the handler for the given pattern.
func (mux *ServeMux) Handle(pattern string, handler Handler)

// HandleFunc registers the handler function for the given pattern.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	mux.Handle(pattern, HandlerFunc(handler))
}

// ServeHTTP dispatches the request to the handler whose pattern most closely matches the
// request URL.
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request)

// DefaultServeMux is the default ServeMux used by Serve (made in __init__.py, so that
// packages such as net/http/pprof register on it before the program's initialization).
var DefaultServeMux *ServeMux

// Handle registers the handler for the given pattern in DefaultServeMux.
func Handle(pattern string, handler Handler) {
	DefaultServeMux.Handle(pattern, handler)
}

// HandleFunc registers the handler function for the given pattern in DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}

// Error replies to the request with the specified error message and HTTP code.
func Error(w ResponseWriter, error string, code int) {
	h := w.Header()
	h.Del("Content-Length")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	io.WriteString(w, error+"\n")
}

// NotFound replies to the request with an HTTP 404 not found error.
func NotFound(w ResponseWriter, r *Request) {
	Error(w, "404 page not found", StatusNotFound)
}

// NotFoundHandler returns a simple request handler that replies to each request with a
// "404 page not found" reply.
func NotFoundHandler() Handler {
	return HandlerFunc(NotFound)
}

// Redirect replies to the request with a redirect to url.
func Redirect(w ResponseWriter, r *Request, url string, code int) {
	h := w.Header()
	hadCT := h.Get("Content-Type") != ""
	h.Set("Location", url)
	if !hadCT && (r.Method == "GET" || r.Method == "HEAD") {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if !hadCT && r.Method == "GET" {
		io.WriteString(w, "<a href=\""+htmlEscape(url)+"\">"+StatusText(code)+"</a>.\n\n")
	}
}

func htmlEscape(s string) string

// A Server defines parameters for running an HTTP server.
type Server struct {
	Addr           string
	Handler        Handler
	MaxHeaderBytes int
}

// ListenAndServe listens on the TCP network address srv.Addr and then serves requests on
// incoming connections.
func (srv *Server) ListenAndServe() error

// Serve accepts incoming connections on the listener l, creating a new service goroutine for
// each (l must come from net.Listen).
func (srv *Server) Serve(l net.Listener) error

// Serve accepts incoming HTTP connections on the listener l, creating a new service
// goroutine for each.
func Serve(l net.Listener, handler Handler) error {
	srv := &Server{Handler: handler}
	return srv.Serve(l)
}

// ListenAndServe listens on the TCP network address addr and then calls Serve with handler
// to handle requests on incoming connections.
func ListenAndServe(addr string, handler Handler) error {
	server := &Server{Addr: addr, Handler: handler}
	return server.ListenAndServe()
}

// newRequest builds a parsed request (called by the server in __init__.py).
func newRequest(method, uri, proto string, major, minor int, hdr []string, host, remote, path, rawPath, rawQuery string, clen int64, body []byte) *Request {
	h := make(Header)
	for i := 0; i+1 < len(hdr); i += 2 {
		h[hdr[i]] = append(h[hdr[i]], hdr[i+1])
	}
	u := &url.URL{Path: path, RawPath: rawPath, RawQuery: rawQuery}
	return &Request{Method: method, URL: u, Proto: proto, ProtoMajor: major, ProtoMinor: minor,
		Header: h, Host: host, RemoteAddr: remote, RequestURI: uri, ContentLength: clen, body: body}
}

func newHeader() Header {
	return make(Header)
}

// serveRequest runs the handler (nil: DefaultServeMux) on one request.
func serveRequest(handler Handler, w *response, r *Request) {
	if handler == nil {
		handler = DefaultServeMux
	}
	handler.ServeHTTP(w, r)
}

// callHandler runs a handler a ServeMux chose.
func callHandler(h Handler, w ResponseWriter, r *Request) {
	h.ServeHTTP(w, r)
}

//gomem:unsupported Get "no HTTP client yet"
//gomem:unsupported Post "no HTTP client yet"
//gomem:unsupported Client "no HTTP client yet"
//gomem:unsupported DefaultClient "no HTTP client yet"
//gomem:unsupported NewRequest "no HTTP client yet"
//gomem:unsupported ListenAndServeTLS "no TLS yet"
//gomem:unsupported FileServer "needs io/fs"
//gomem:unsupported ServeFile "needs io/fs"
//gomem:unsupported Request.Body "request bodies are not readable yet"
//gomem:unsupported Request.Context "no context package yet"
