//! How orchestration code can decide between retrying, alerting a person, and escalating.
//!
//! ```text
//! cargo run --example retry_policy
//! ```
//!
//! A failed desktop-flow run (Power Automate) or Orchestrator API call comes back with an
//! error code. [`decide_power_automate`] and [`decide_orchestrator`] turn a code and the number
//! of the attempt that failed into a [`Decision`]:
//!
//! - [`Decision::RetryAfter`]: the catalog says waiting can fix it (a flow already running, a
//!   throttled action, pending jobs); retry after the given delay, with exponential backoff and
//!   a cap on attempts.
//! - [`Decision::Alert`]: a person must act; the alert carries the vendor's steps.
//! - [`Decision::Escalate`]: the code is not in the catalog, or retries ran out; hand the
//!   failure to whoever owns the automation.
//!
//! Both enums are `#[non_exhaustive]`, so every `match` has a wildcard arm: a code added in a
//! later release of the crate still gets a decision.

use std::fmt;
use std::time::Duration;

use rpa_error_codes::orchestrator::Category;
use rpa_error_codes::{OrchestratorCode, PowerAutomateError};

/// Retries of a transient error before giving up.
const MAX_ATTEMPTS: u32 = 4;
/// The first delay of the exponential backoff.
const BASE_DELAY: Duration = Duration::from_secs(30);

/// What to do about a failure.
#[derive(Debug)]
enum Decision {
    /// Retry after this delay.
    RetryAfter(Duration),
    /// A person must act: what happened, and the vendor's steps.
    Alert {
        summary: String,
        steps: &'static str,
    },
    /// Not something this policy handles: hand it on.
    Escalate(String),
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::RetryAfter(delay) => write!(f, "retry after {}s", delay.as_secs()),
            Decision::Alert { summary, steps } => {
                write!(f, "alert: {summary}")?;
                for line in steps.lines() {
                    write!(f, "\n      | {line}")?;
                }
                Ok(())
            }
            Decision::Escalate(reason) => write!(f, "escalate: {reason}"),
        }
    }
}

/// `BASE_DELAY * 2^(attempt - 1)`: 30 s, 60 s, 120 s, ... for attempts 1, 2, 3, ...
fn backoff(attempt: u32) -> Duration {
    BASE_DELAY * 2u32.saturating_pow(attempt.saturating_sub(1).min(10))
}

/// The decision for a Power Automate desktop-flow error `code` after failed attempt `attempt`
/// (1 for the first run).
fn decide_power_automate(code: &str, attempt: u32) -> Decision {
    let Some(error) = PowerAutomateError::from_code(code) else {
        return Decision::Escalate(format!("unknown desktop-flow error code {code:?}"));
    };
    if attempt > MAX_ATTEMPTS && error.is_retryable() {
        return Decision::Escalate(format!("{code} still failing after {MAX_ATTEMPTS} retries"));
    }
    match error {
        // Another flow holds the machine: flows can run for many minutes, so wait longer.
        PowerAutomateError::UIFlowAlreadyRunning => {
            Decision::RetryAfter(Duration::from_secs(5 * 60) * attempt)
        }
        // Power Automate throttles the action: back off from a minute, not 30 seconds.
        PowerAutomateError::DesktopFlowsActionThrottled => {
            Decision::RetryAfter(backoff(attempt) * 2)
        }
        // Whatever else the catalog says a retry can fix.
        e if e.is_retryable() => Decision::RetryAfter(backoff(attempt)),
        // A retired code comes from an older run: point to the codes that replaced it.
        e if e.is_retired() => {
            let replaced_by: Vec<&str> = e.replaced_by().iter().map(|r| r.code()).collect();
            Decision::Alert {
                summary: format!(
                    "{} (retired; now reported as {})",
                    e.code(),
                    if replaced_by.is_empty() {
                        "no single code".to_string()
                    } else {
                        replaced_by.join(" or ")
                    }
                ),
                steps: e.mitigation(),
            }
        }
        // Everything else (including codes added to the enum later) needs a person.
        e => Decision::Alert {
            summary: format!("{} (HTTP {}) needs a person", e.code(), e.http_status()),
            steps: e.mitigation(),
        },
    }
}

/// The decision for an Orchestrator `errorCode` after failed attempt `attempt` (1 for the
/// first call).
fn decide_orchestrator(code: u16, attempt: u32) -> Decision {
    let Some(error) = OrchestratorCode::from_u16(code) else {
        return Decision::Escalate(format!("unknown Orchestrator errorCode {code}"));
    };
    match error {
        // The robots still have a pending job for this process: it will start, then finish.
        OrchestratorCode::PendingJobsAlreadyExist if attempt <= MAX_ATTEMPTS => {
            Decision::RetryAfter(backoff(attempt) * 2)
        }
        // No robot is free right now.
        OrchestratorCode::NoRobotsAvailable if attempt <= MAX_ATTEMPTS => {
            Decision::RetryAfter(backoff(attempt))
        }
        // Licences are bought and assigned by people.
        e if e.category() == Category::License => Decision::Alert {
            summary: format!("{e}: check the Orchestrator licences"),
            steps: e.description().unwrap_or(
                "The catalog documents no steps; check the licences assigned in Orchestrator.",
            ),
        },
        // A 409 Conflict can be a race with another call: retry once.
        e if e.category() == Category::Conflict && attempt == 1 => Decision::RetryAfter(BASE_DELAY),
        // Everything else, including retries that ran out: hand on with what is known.
        e => Decision::Escalate(format!(
            "{e} [{}, HTTP {}]",
            e.category(),
            e.http_status()
                .map_or_else(|| "unknown".to_string(), |s| s.to_string())
        )),
    }
}

fn main() {
    println!("Power Automate desktop flows:");
    let power_automate = [
        ("UIFlowAlreadyRunning", 1),
        ("UIFlowAlreadyRunning", 3),
        ("DesktopFlowsActionThrottled", 2),
        ("NoCandidateMachine", 1),
        ("NoCandidateMachine", 5),
        ("AadLogonFailure", 1),
        ("RDPIsNotEnabled", 1),
        ("NotARealCode", 1),
    ];
    for (code, attempt) in power_automate {
        println!(
            "  {code} (attempt {attempt}) -> {}",
            decide_power_automate(code, attempt)
        );
    }

    println!();
    println!("UiPath Orchestrator:");
    let orchestrator = [
        (1670, 1),
        (1670, 5),
        (1678, 2),
        (1904, 1),
        (1302, 1),
        (1302, 2),
        (1002, 1),
        (0, 1),
        (4242, 1),
    ];
    for (code, attempt) in orchestrator {
        println!(
            "  {code} (attempt {attempt}) -> {}",
            decide_orchestrator(code, attempt)
        );
    }
}
