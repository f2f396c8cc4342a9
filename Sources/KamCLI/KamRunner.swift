import ArgumentParser
import KamBook

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `kam` with arguments: the one place errors become exit statuses.
public enum KamRunner {
  /// Runs a command line in the current ``Console``; returns the exit status.
  public static func run(_ arguments: [String]) -> Int32 { run(arguments) { _ in } }

  /// ``run(_:)``, giving `succeeded` the command when it ran without error: the executable
  /// starts the background refresh there (``BackgroundRefresh``), tests run in process not.
  static func run(_ arguments: [String], succeeded: (any ParsableCommand) -> Void) -> Int32 {
    let console = Console.current
    let arguments = ArgumentScreen.routed(arguments)
    do {
      try ArgumentScreen.screen(arguments)
      var command = try Kam.parseAsRoot(arguments)
      try GlobalOptions.refusingWide(command, arguments: arguments)
      try command.run()
      succeeded(command)
      return 0
    } catch let error as CLIError {
      console.err("kam: \(error.message)")
      return error.code.status
    } catch let error as BookError {
      let error = CLIError(error)
      console.err("kam: \(error.message)")
      return error.code.status
    } catch  where BookError.isLowerLayer(error) {
      // An error of a layer below that a command let through: mapped as the book maps it.
      let error = CLIError(BookError.wrap(error))
      console.err("kam: \(error.message)")
      return error.code.status
    } catch  where !(error is ExitCode) && Kam.exitCode(for: error) == .failure {
      // Not the argument parser's (its own errors are usage, 64, or help, 0):
      // something no command expected.
      let detail = BookError.wrap(error).message
      console.err("kam: \(detail.hasPrefix("this is a bug") ? detail : "this is a bug: \(detail)")")
      return CLIError.Code.software.status
    } catch {
      let code = Kam.exitCode(for: error)
      let message = Kam.message(for: error)
      if code == .success {
        console.out(message.hasSuffix("\n") ? message : message + "\n")
      } else if let clearer = ArgumentScreen.missingValue(in: arguments, parserMessage: message)
        ?? ArgumentScreen.invalidValue(parserMessage: message)
      {
        console.err("kam: " + clearer)
      } else {
        // The parser's messages are one line, but may echo a value holding a line break.
        var line = Substring(message)
        while line.last == "\n" { line = line.dropLast() }
        console.err("kam: " + line)
      }
      return code.rawValue
    }
  }

  /// Runs a command line with a captured console: for tests.
  public static func capture(_ arguments: [String], environment: [String: String] = [:]) -> (
    status: Int32, out: String, err: String
  ) {
    let console = Console(environment: environment, capture: true)
    let status = Console.$current.withValue(console) { run(arguments) }
    return (status, console.capturedOut, console.capturedErr)
  }

  /// The entry point of the `kam` executable.
  public static func main() -> Never {
    let status = run(Array(CommandLine.arguments.dropFirst())) { command in
      // After the output is flushed: the refresh is for the next command, not this one.
      Console.current.finish()
      BackgroundRefresh.start(after: command)
    }
    Console.current.finish()
    exit(status)
  }
}
