// The landscape-kernel command line: `landscape-kernel --connection-file FILE` runs the kernel,
// `landscape-kernel install` writes its kernelspec.
LandscapeKernelCommand.main()
