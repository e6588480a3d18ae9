// Package os as gomem provides it: the declarations the checker sees. Functions and methods
// without bodies are implemented in __init__.py (File_Write is (*File).Write) on the host's
// files, directories and environment.
//
// Go declares several of these in io/fs and syscall (fs.FileMode, fs.PathError,
// syscall.Errno, ...) and os re-exports them as aliases; gomem declares them here (printed
// with Go's names: %T shows *fs.PathError). io/fs and syscall themselves are not provided.
package os

import (
	"io"
	"time"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid          error // "invalid argument"
	ErrPermission       error // "permission denied"
	ErrExist            error // "file already exists"
	ErrNotExist         error // "file does not exist"
	ErrClosed           error // "file already closed"
	ErrNoDeadline       error // "file type does not support deadline"
	ErrDeadlineExceeded error // "i/o timeout"
	ErrProcessDone      error // "os: process already finished"
)

// Flags to OpenFile wrapping those of the underlying system.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

const DevNull = "/dev/null"

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

func (m FileMode) String() string
func (m FileMode) IsDir() bool
func (m FileMode) IsRegular() bool
func (m FileMode) Perm() FileMode
func (m FileMode) Type() FileMode

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     any
}

func (fs *fileStat) Name() string
func (fs *fileStat) Size() int64
func (fs *fileStat) Mode() FileMode
func (fs *fileStat) ModTime() time.Time
func (fs *fileStat) IsDir() bool
func (fs *fileStat) Sys() any

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string
func (d *unixDirent) IsDir() bool
func (d *unixDirent) Type() FileMode
func (d *unixDirent) Info() (FileInfo, error)
func (d *unixDirent) String() string

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string
func (e *PathError) Unwrap() error
func (e *PathError) Timeout() bool

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string
func (e *SyscallError) Unwrap() error
func (e *SyscallError) Timeout() bool

// sysErrno is syscall.Errno (an unsigned number describing an error condition): Go's os
// does not export it, so neither does gomem's.
type sysErrno uintptr

func (e sysErrno) Error() string
func (e sysErrno) Is(target error) bool
func (e sysErrno) Temporary() bool
func (e sysErrno) Timeout() bool

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dirnames   []string // names not yet returned by ReadDir/Readdirnames, once started
	dirstarted bool
}

func (f *File) Close() error
func (f *File) Fd() uintptr
func (f *File) Name() string
func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) Stat() (FileInfo, error)
func (f *File) Sync() error
func (f *File) Truncate(size int64) error
func (f *File) Chmod(mode FileMode) error
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Chdir() error
func (f *File) Chown(uid, gid int) error
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) ReadFrom(r io.Reader) (n int64, err error)
func (f *File) WriteTo(w io.Writer) (n int64, err error)

func Create(name string) (*File, error)
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func NewFile(fd uintptr, name string) *File
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func ReadDir(name string) ([]DirEntry, error)
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func Chmod(name string, mode FileMode) error
func Chdir(dir string) error
func Truncate(name string, size int64) error
func Symlink(oldname, newname string) error
func Link(oldname, newname string) error
func Chown(name string, uid, gid int) error
func Lchown(name string, uid, gid int) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Pipe() (r *File, w *File, err error)
func Getgroups() ([]int, error)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// Go's syscall.Signal (printed so): the type of Interrupt and Kill.
type sysSignal int

func (s sysSignal) Signal()
func (s sysSignal) String() string

// The only signal values guaranteed to be present in the os package on all systems.
var (
	Interrupt Signal // syscall.SIGINT
	Kill      Signal // syscall.SIGKILL
)

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid   int
	state int // running, done (waited for) or released
}

func (p *Process) Kill() error
func (p *Process) Release() error
func (p *Process) Signal(sig Signal) error
func (p *Process) Wait() (*ProcessState, error)

// ProcAttr holds the attributes that will be applied to a new process started by StartProcess.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *sysProcAttr // *syscall.SysProcAttr in Go: gomem has no syscall package
}

type sysProcAttr struct{}

// syscall.WaitStatus, syscall.Rusage and syscall.Timeval (printed so), for ProcessState.
type waitStatus uint32
type timeval struct {
	Sec  int64
	Usec int64
}
type rusage struct {
	Utime    timeval
	Stime    timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int
	status waitStatus
	rusage *rusage
}

func (p *ProcessState) ExitCode() int
func (p *ProcessState) Exited() bool
func (p *ProcessState) Pid() int
func (p *ProcessState) String() string
func (p *ProcessState) Success() bool
func (p *ProcessState) Sys() any
func (p *ProcessState) SysUsage() any
func (p *ProcessState) SystemTime() time.Duration
func (p *ProcessState) UserTime() time.Duration

func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)
func FindProcess(pid int) (*Process, error)

func Readlink(name string) (string, error)
func SameFile(fi1, fi2 FileInfo) bool
func TempDir() string
func Getwd() (dir string, err error)
func UserHomeDir() (string, error)
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)
func Hostname() (name string, err error)
func Executable() (string, error)
func Getpid() int
func Getppid() int
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int
func Getpagesize() int

func Exit(code int)

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Clearenv()
func Environ() []string
func ExpandEnv(s string) string
func Expand(s string, mapping func(string) string) string

func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPermission(err error) bool
func IsTimeout(err error) bool
func NewSyscallError(syscall string, err error) error

// Go's API that gomem cannot provide (the checker reports a use as "gomem does not support").
//gomem:unsupported DirFS "needs io/fs"
//gomem:unsupported File.SyscallConn "needs syscall"
//gomem:unsupported CopyFS "needs io/fs"
