"""What an empty register offers to do first."""
