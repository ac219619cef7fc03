//! `rapport`: the desktop app and its command line. The command line's logic lives in
//! `rapport_core::cli`; this only connects it to the process and opens the window.

use rapport_core::cli::{self, Outcome};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let today = chrono::Local::now().date_naive();
    let outcome = {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut err = std::io::stderr().lock();
        let outcome = cli::run(std::env::args_os(), today, &mut out, &mut err);
        // A reader that went away (`| head`) is not an error worth a word.
        let _ = out.flush();
        outcome
    };
    match outcome {
        Outcome::Exit(code) => ExitCode::from(code),
        Outcome::OpenApp { file, today } => match rapport::ui::run(file, today) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "rapport: could not open a window: {error}"
                );
                ExitCode::FAILURE
            }
        },
    }
}
