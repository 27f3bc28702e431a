fn main() {
    std::process::exit(claimdiff::cli::main());
}
