//! A line chart of active users per workload over the months, drawn as inline SVG on the server:
//! readable without JavaScript, with a text alternative and the same numbers in a table beside it.

use crate::domain::Lang;
use crate::engine::partner::MonthDetail;
use crate::web::shared::words;

pub const WIDTH: i32 = 720;
pub const HEIGHT: i32 = 260;
const LEFT: i32 = 48;
const RIGHT: i32 = 16;
const TOP: i32 = 16;
const BOTTOM: i32 = 56;

pub struct Series {
    pub name: String,
    /// `x,y x,y …` for a polyline.
    pub points: String,
    /// 0..=5, for the colour class.
    pub index: usize,
}

pub struct Tick {
    pub y: i32,
    pub label: i32,
}

pub struct MonthMark {
    pub x: i32,
    pub label: String,
    /// The axis label.
    pub short_label: String,
    pub eligible: bool,
    pub summary: String,
}

pub struct Chart {
    pub series: Vec<Series>,
    pub ticks: Vec<Tick>,
    pub months: Vec<MonthMark>,
    /// Where the "users needed" line is drawn.
    pub threshold_y: i32,
    pub threshold: i32,
    pub plot_left: i32,
    pub plot_right: i32,
    pub plot_bottom: i32,
    pub marks_y: i32,
    pub description: String,
}

impl Chart {
    pub fn new(
        lang: Lang,
        months: &[MonthDetail],
        workloads: &[String],
        users_needed: i32,
    ) -> Self {
        let peak = months
            .iter()
            .flat_map(|m| m.workloads.iter().map(|(_, users)| *users))
            .chain([users_needed])
            .max()
            .unwrap_or(1)
            .max(1);
        let top = nice_ceiling(peak);
        let plot_bottom = HEIGHT - BOTTOM;
        let plot_height = plot_bottom - TOP;
        let plot_width = WIDTH - LEFT - RIGHT;
        let y = |users: i32| {
            plot_bottom - (i64::from(users) * i64::from(plot_height) / i64::from(top)) as i32
        };
        let step = if months.len() > 1 {
            plot_width / (months.len() as i32 - 1)
        } else {
            0
        };
        let x = |i: usize| LEFT + step * i as i32;
        let series = workloads
            .iter()
            .enumerate()
            .map(|(index, name)| {
                let points = months
                    .iter()
                    .enumerate()
                    .map(|(i, month)| {
                        let users = month
                            .workloads
                            .iter()
                            .find(|(w, _)| w == name)
                            .map_or(0, |(_, u)| *u);
                        format!("{},{}", x(i), y(users))
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                Series {
                    name: name.clone(),
                    points,
                    index: index % 6,
                }
            })
            .collect();
        let ticks = (0..=4)
            .map(|i| {
                let label = top * i / 4;
                Tick { y: y(label), label }
            })
            .collect();
        let eligible_count = months.iter().filter(|m| m.verdict.eligible()).count();
        let description = lang.t3(
            "chart-description",
            "months",
            months.len(),
            "eligible",
            eligible_count,
            "needed",
            users_needed,
        );
        Self {
            series,
            ticks,
            months: months
                .iter()
                .enumerate()
                .map(|(i, m)| MonthMark {
                    x: x(i),
                    label: lang.month(m.verdict.month),
                    short_label: lang.short_month(m.verdict.month),
                    eligible: m.verdict.eligible(),
                    summary: words::verdict(lang, &m.verdict),
                })
                .collect(),
            threshold_y: y(users_needed),
            threshold: users_needed,
            plot_left: LEFT,
            plot_right: WIDTH - RIGHT,
            plot_bottom,
            marks_y: plot_bottom + 30,
            description,
        }
    }

    pub fn width(&self) -> i32 {
        WIDTH
    }

    pub fn height(&self) -> i32 {
        HEIGHT
    }
}

/// 1, 2 or 5 times a power of ten, at or above `value`: round numbers for the axis.
fn nice_ceiling(value: i32) -> i32 {
    let mut power = 1i64;
    loop {
        for factor in [1, 2, 5] {
            let candidate = factor * power;
            if candidate >= i64::from(value) {
                return candidate.min(i64::from(i32::MAX)) as i32;
            }
        }
        power *= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(1), 1);
        assert_eq!(nice_ceiling(3), 5);
        assert_eq!(nice_ceiling(13), 20);
        assert_eq!(nice_ceiling(170), 200);
        assert_eq!(nice_ceiling(500), 500);
        assert_eq!(nice_ceiling(501), 1000);
    }
}
