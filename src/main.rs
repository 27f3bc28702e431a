// mimalloc: glibc's malloc and free were about a third of the instructions
// of a run on one small article (compiling the rules allocates much), and a
// fifth of extraction.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(claimdiff::cli::main());
}
