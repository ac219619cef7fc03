//! `rapport`: the desktop app and its command line.

use rapport::cli::{self, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match cli::parse(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("rapport: {message}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => {
            print!("{}", cli::HELP);
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("rapport {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Check {
            file,
            today,
            format,
        } => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let code = cli::check(
                &file,
                today,
                format,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(code as u8)
        }
        Command::Timeline {
            file,
            campaign,
            today,
            format,
        } => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let code = cli::timeline::run(
                &file,
                campaign.as_deref(),
                today,
                format,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(code as u8)
        }
        Command::Budget {
            file,
            campaign,
            today,
            format,
        } => {
            let code = cli::budget::run(
                &file,
                campaign.as_deref(),
                today,
                format,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(code as u8)
        }
        Command::Import {
            csv,
            into,
            platform,
        } => {
            let code = cli::import(
                &csv,
                &into,
                platform,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(code as u8)
        }
        Command::ExportRoster { project, output } => {
            let code = cli::export_roster(
                &project,
                output.as_deref(),
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(code as u8)
        }
        Command::Gui { file, today } => match rapport::ui::run::run(file, today) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("rapport: could not open a window: {error}");
                ExitCode::FAILURE
            }
        },
    }
}
