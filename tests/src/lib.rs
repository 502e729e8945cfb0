pub mod prism;
