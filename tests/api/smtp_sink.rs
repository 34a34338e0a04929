//! A small SMTP server on loopback that keeps what it receives. Like real mail servers it can
//! refuse the first few messages with a temporary error, answer slowly, be down (every connection
//! closed at once), and refuse a recipient for good.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone)]
pub struct Received {
    pub recipients: Vec<String>,
    pub data: String,
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    refuse_remaining: Arc<AtomicUsize>,
    pub refused: Arc<AtomicUsize>,
    /// How long it takes to accept each message, in milliseconds.
    delay_ms: Arc<AtomicU64>,
    down: Arc<AtomicBool>,
    /// A recipient refused with a permanent error (550).
    unknown_recipient: Arc<Mutex<Option<String>>>,
}

impl SmtpSink {
    pub async fn start(refuse_first: usize) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port for the sink");
        let sink = Self {
            port: listener.local_addr().unwrap().port(),
            received: Arc::default(),
            refuse_remaining: Arc::new(AtomicUsize::new(refuse_first)),
            refused: Arc::default(),
            delay_ms: Arc::default(),
            down: Arc::default(),
            unknown_recipient: Arc::default(),
        };
        let server = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                if server.down.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let session = server.clone();
                tokio::spawn(async move {
                    let _ = session.serve(stream).await;
                });
            }
        });
        sink
    }

    /// Each message is accepted only after `delay`, as a slow or overloaded server does.
    pub fn answer_slowly(&self, delay: Duration) {
        self.delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    /// While down, every connection is closed before the greeting.
    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    /// Refuses `address` with 550: a message to it can never be delivered.
    pub fn refuse_recipient(&self, address: Option<&str>) {
        *self.unknown_recipient.lock().unwrap() = address.map(str::to_string);
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// Waits until `count` messages have arrived (at most 15 s) and returns them.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..150 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "expected {count} messages, the sink has {}",
            self.received().len()
        );
    }

    async fn serve(&self, stream: TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 sink.test ESMTP\r\n").await?;
        let mut recipients = Vec::new();
        loop {
            let mut line = String::new();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250 sink.test\r\n"
            } else if command.starts_with("MAIL FROM") {
                recipients.clear();
                let refuse = self
                    .refuse_remaining
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                if refuse {
                    self.refused.fetch_add(1, Ordering::SeqCst);
                    b"451 4.3.0 Try again later\r\n"
                } else {
                    b"250 OK\r\n"
                }
            } else if command.starts_with("RCPT TO") {
                let address = line.trim_end()[8..]
                    .trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>');
                let unknown = self.unknown_recipient.lock().unwrap().clone();
                if unknown.as_deref() == Some(address) {
                    b"550 5.1.1 No such user here\r\n"
                } else {
                    recipients.push(address.to_string());
                    b"250 OK\r\n"
                }
            } else if command == "DATA" {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut data = String::new();
                loop {
                    let mut data_line = String::new();
                    if lines.read_line(&mut data_line).await? == 0 {
                        return Ok(());
                    }
                    if data_line == ".\r\n" {
                        break;
                    }
                    data.push_str(&data_line);
                }
                let delay = self.delay_ms.load(Ordering::SeqCst);
                if delay > 0 {
                    tokio::time::sleep(Duration::from_millis(delay)).await;
                }
                self.received.lock().unwrap().push(Received {
                    recipients: std::mem::take(&mut recipients),
                    data,
                });
                b"250 OK queued\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            } else {
                b"250 OK\r\n"
            };
            write.write_all(reply).await?;
        }
    }
}

/// The text of an email with quoted-printable soft line breaks undone and `=XX` decoded, enough
/// to search it for words.
pub fn readable(data: &str) -> String {
    let joined = data.replace("=\r\n", "");
    let mut out = Vec::new();
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
