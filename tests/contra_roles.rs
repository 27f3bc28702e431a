//! Contradictions in who and what fills a role of the story: a person's
//! first name spelt two ways, the name of the company where it happened.
//! Each rule on versions written for these tests, on both sides: where it
//! fires, and where it stays silent (a nickname, a fuller form, a family, a
//! parent company, two businesses of one story).

#[path = "common/versions.rs"]
mod versions;
use versions::{about, compare_json as compare};

fn values(f: &serde_json::Value, file: &str) -> String {
    f["values"][file].as_str().unwrap_or("").to_string()
}

#[test]
fn a_first_name_spelt_two_ways_for_one_person_contradicts() {
    let r = compare(&[
        ("a.txt", " date 2022-03-04 A security guard, Darnell Pruitt, 52, was wounded in the shooting at the warehouse on Thursday night, police said."),
        ("b.txt", " date 2022-03-04 Police said Darrell Pruitt was taken to Temple University Hospital after the shooting at the warehouse on Thursday."),
        ("c.txt", " date 2022-03-04 Darnell Pruitt, the wounded guard, was in stable condition after the shooting at the warehouse, police said."),
    ]);
    let c = about(&r, "contradiction", "first name");
    assert_eq!(c.len(), 1, "{r:#}");
    assert_eq!(values(c[0], "a.txt"), "Darnell Pruitt", "{r:#}");
    assert_eq!(values(c[0], "b.txt"), "Darrell Pruitt", "{r:#}");
}

#[test]
fn nicknames_fuller_forms_case_and_families_are_no_first_name_contradiction() {
    let pairs = [
        // a pet form of one name
        ("Bill Hartley", "Will Hartley"),
        // a fuller form
        ("Chris Moreno", "Christopher Moreno"),
        // capitals only
        ("LaShawn Hill", "Lashawn Hill"),
        // a gendered ending: a brother and a sister
        ("Mario Russo", "Maria Russo"),
        // names too far apart to be one misspelt
        ("Karen Odom", "Kevin Odom"),
    ];
    for (x, y) in pairs {
        let a = format!(" date 2022-03-04 {x} was wounded in the shooting at the warehouse on Thursday night, police said.");
        let b = format!(" date 2022-03-04 Police said {y} was taken to hospital after the shooting at the warehouse on Thursday.");
        let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
        assert!(
            about(&r, "contradiction", "first name").is_empty(),
            "{x} / {y}: {r:#}"
        );
    }
    // A version naming two people of the surname tells of a family.
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Darnell Pruitt was wounded in the shooting at the warehouse on Thursday, and his brother Darrell Pruitt called police."),
        ("b.txt", " date 2022-03-04 Police said Darrell Pruitt was taken to hospital after the shooting at the warehouse on Thursday."),
    ]);
    assert!(about(&r, "contradiction", "first name").is_empty(), "{r:#}");
    // Two ages: two people.
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Darnell Pruitt, 52, was wounded in the shooting at the warehouse on Thursday, police said."),
        ("b.txt", " date 2022-03-04 Police said Darrell Pruitt, 19, was taken to hospital after the shooting at the warehouse on Thursday."),
    ]);
    assert!(about(&r, "contradiction", "first name").is_empty(), "{r:#}");
}

#[test]
fn one_company_named_with_two_endings_contradicts() {
    let r = compare(&[
        ("a.txt", " date 2023-06-10 The gunman opened fire at the offices of Northgate Logistics Ltd. on Friday afternoon, police said."),
        ("b.txt", " date 2023-06-10 Police said the shooting happened at Northgate Freight Ltd., a trucking firm, on Friday afternoon."),
        ("c.txt", " date 2023-06-10 Staff at Northgate Logistics Limited fled when the gunman opened fire on Friday afternoon."),
    ]);
    let c = about(&r, "contradiction", "name of the company");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(
        values(c[0], "a.txt").contains("Northgate Logistics"),
        "{r:#}"
    );
    assert!(values(c[0], "b.txt").contains("Northgate Freight"), "{r:#}");
}

#[test]
fn a_spelling_a_shorter_name_a_parent_or_a_group_is_no_company_contradiction() {
    let pairs = [
        // spacing and capitals
        ("North Gate Logistics Ltd.", "Northgate Logistics Limited"),
        // a plural
        ("Northgate Distributor Ltd.", "Northgate Distributors Ltd."),
        // the brand alone
        ("Northgate", "Northgate Logistics Ltd."),
        // the parent and its company: two legal forms
        ("Northgate Holdings Inc.", "Northgate Logistics Ltd."),
        // no legal form written: two businesses may share a brand
        ("Northgate Freight", "Northgate Logistics"),
    ];
    for (x, y) in pairs {
        let a = format!(" date 2023-06-10 The gunman opened fire at the offices of {x} on Friday afternoon, police said.");
        let b = format!(" date 2023-06-10 Police said the shooting happened at {y}, a trucking firm, on Friday afternoon.");
        let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
        assert!(
            about(&r, "contradiction", "name of the company").is_empty(),
            "{x} / {y}: {r:#}"
        );
    }
    // A version naming both: two companies of one group.
    let r = compare(&[
        ("a.txt", " date 2023-06-10 The gunman opened fire at Northgate Logistics Ltd. on Friday, next door to its sister firm Northgate Freight Ltd., police said."),
        ("b.txt", " date 2023-06-10 Police said the shooting happened at Northgate Freight Ltd., a trucking firm, on Friday afternoon."),
        ("c.txt", " date 2023-06-10 Police said the shooting happened at Northgate Logistics Ltd. on Friday afternoon."),
    ]);
    assert!(
        about(&r, "contradiction", "name of the company").is_empty(),
        "{r:#}"
    );
}
