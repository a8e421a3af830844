-- The server schema of main at 9a04110 (the last build before migrations), as its create_all made it.
-- Frozen: tests/server/test_migrations.py makes a 'previous release' database from it.
CREATE TABLE settings (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE agents (
	id INTEGER NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	display_name VARCHAR(128) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	password_hash VARCHAR(256) NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (username)
);

CREATE TABLE customers (
	uid VARCHAR(32) NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	email VARCHAR(256) NOT NULL, 
	phone VARCHAR(64) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	registered_at DATETIME NOT NULL, 
	kyc_level INTEGER NOT NULL, 
	kyc_status VARCHAR(16) NOT NULL, 
	kyc_rejection_reason TEXT, 
	vip_tier INTEGER NOT NULL, 
	account_manager VARCHAR(64), 
	twofa_enabled BOOLEAN NOT NULL, 
	anti_phishing_code_set BOOLEAN NOT NULL, 
	withdrawals_locked BOOLEAN NOT NULL, 
	account_frozen BOOLEAN NOT NULL, 
	fee_tier VARCHAR(32), 
	volume_30d_usd VARCHAR(32), 
	PRIMARY KEY (uid)
);

CREATE INDEX ix_customers_vip_tier ON customers (vip_tier);

CREATE INDEX ix_customers_account_manager ON customers (account_manager);

CREATE INDEX ix_customers_email_lower ON customers (lower(email));

CREATE TABLE events (
	seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name VARCHAR(64) NOT NULL, 
	data TEXT NOT NULL, 
	conversation_id INTEGER, 
	customer_uid VARCHAR(32), 
	customer_visible BOOLEAN NOT NULL, 
	notify VARCHAR(64), 
	created_at DATETIME NOT NULL
);

CREATE INDEX ix_events_customer ON events (customer_uid, seq);

CREATE INDEX ix_events_conversation_id ON events (conversation_id);

CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(64), 
	action VARCHAR(64) NOT NULL, 
	target VARCHAR(128), 
	details TEXT NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (hash)
);

CREATE TABLE login_throttle (
	"key" VARCHAR(80) NOT NULL, 
	failures INTEGER NOT NULL, 
	window_started_at DATETIME NOT NULL, 
	locked_until DATETIME, 
	PRIMARY KEY ("key")
);

CREATE INDEX ix_login_throttle_window_started_at ON login_throttle (window_started_at);

CREATE TABLE canned_replies (
	id INTEGER NOT NULL, 
	"key" VARCHAR(64) NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	shortcut VARCHAR(32) NOT NULL, 
	title_en VARCHAR(200) NOT NULL, 
	title_zh VARCHAR(200) NOT NULL, 
	body_en TEXT NOT NULL, 
	body_zh TEXT NOT NULL, 
	variables JSON NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);

CREATE TABLE agent_backups (
	manager VARCHAR(64) NOT NULL, 
	backup VARCHAR(64) NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (manager)
);

CREATE INDEX ix_agent_backups_backup ON agent_backups (backup);

CREATE TABLE agent_presence (
	username VARCHAR(64) NOT NULL, 
	node VARCHAR(40) NOT NULL, 
	presence VARCHAR(16) NOT NULL, 
	since DATETIME NOT NULL, 
	seen_at DATETIME NOT NULL, 
	PRIMARY KEY (username, node)
);

CREATE TABLE routing_teams (
	team VARCHAR(40) NOT NULL, 
	assigned INTEGER NOT NULL, 
	PRIMARY KEY (team)
);

CREATE TABLE routing_agents (
	username VARCHAR(64) NOT NULL, 
	last_assigned_at DATETIME, 
	PRIMARY KEY (username)
);

CREATE TABLE vip_alert_acks (
	alert_id VARCHAR(80) NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	acked_by VARCHAR(64) NOT NULL, 
	acked_at DATETIME NOT NULL, 
	PRIMARY KEY (alert_id)
);

CREATE INDEX ix_vip_alert_acks_customer_uid ON vip_alert_acks (customer_uid);

CREATE TABLE agent_tokens (
	id INTEGER NOT NULL, 
	agent_id INTEGER NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(agent_id) REFERENCES agents (id) ON DELETE CASCADE, 
	UNIQUE (token_hash)
);

CREATE INDEX ix_agent_tokens_agent_id ON agent_tokens (agent_id);

CREATE TABLE orders (
	order_id VARCHAR(64) NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	market VARCHAR(16) NOT NULL, 
	symbol VARCHAR(32) NOT NULL, 
	side VARCHAR(8) NOT NULL, 
	order_type VARCHAR(16) NOT NULL, 
	price VARCHAR(40) NOT NULL, 
	amount VARCHAR(40) NOT NULL, 
	filled VARCHAR(40) NOT NULL, 
	status VARCHAR(24) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (order_id), 
	FOREIGN KEY(customer_uid) REFERENCES customers (uid)
);

CREATE INDEX ix_orders_customer_uid ON orders (customer_uid);

CREATE TABLE transfers (
	transfer_id VARCHAR(64) NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	direction VARCHAR(16) NOT NULL, 
	asset VARCHAR(16) NOT NULL, 
	chain VARCHAR(32) NOT NULL, 
	amount VARCHAR(40) NOT NULL, 
	address VARCHAR(128) NOT NULL, 
	tx_hash VARCHAR(128) NOT NULL, 
	status VARCHAR(24) NOT NULL, 
	confirmations INTEGER NOT NULL, 
	required_confirmations INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	completed_at DATETIME, 
	PRIMARY KEY (transfer_id), 
	FOREIGN KEY(customer_uid) REFERENCES customers (uid)
);

CREATE INDEX ix_transfers_customer_uid ON transfers (customer_uid);

CREATE TABLE conversations (
	id INTEGER NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	channel VARCHAR(16) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	priority VARCHAR(16) NOT NULL, 
	assignee VARCHAR(64), 
	tags JSON NOT NULL, 
	subject VARCHAR(256), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	last_message_id INTEGER, 
	message_count INTEGER NOT NULL, 
	last_customer_message_at DATETIME, 
	first_response_at DATETIME, 
	first_response_due DATETIME, 
	resolution_due DATETIME, 
	resolved_at DATETIME, 
	snoozed_until DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_uid) REFERENCES customers (uid)
);

CREATE INDEX ix_conversations_assignee ON conversations (assignee);

CREATE INDEX ix_conversations_activity ON conversations (updated_at, id);

CREATE INDEX ix_conversations_load ON conversations (assignee, status, channel);

CREATE INDEX ix_conversations_customer_uid ON conversations (customer_uid);

CREATE INDEX ix_conversations_resolution_due ON conversations (resolution_due);

CREATE INDEX ix_conversations_first_response_due ON conversations (first_response_due);

CREATE TABLE unverified_contacts (
	uid VARCHAR(32) NOT NULL, 
	email_lower VARCHAR(256) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (uid), 
	FOREIGN KEY(uid) REFERENCES customers (uid), 
	UNIQUE (email_lower)
);

CREATE TABLE customer_changes (
	id INTEGER NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	field VARCHAR(32) NOT NULL, 
	old_value VARCHAR(32), 
	new_value VARCHAR(32), 
	changed_by VARCHAR(64), 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_uid) REFERENCES customers (uid)
);

CREATE INDEX ix_customer_changes_uid ON customer_changes (customer_uid, id);

CREATE TABLE client_notes (
	id INTEGER NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	author VARCHAR(64) NOT NULL, 
	author_name VARCHAR(128) NOT NULL, 
	body TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_uid) REFERENCES customers (uid)
);

CREATE INDEX ix_client_notes_uid ON client_notes (customer_uid, id);

CREATE TABLE messages (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	author_kind VARCHAR(16) NOT NULL, 
	author VARCHAR(64), 
	author_name VARCHAR(128) NOT NULL, 
	body TEXT NOT NULL, 
	internal BOOLEAN NOT NULL, 
	client_msg_id VARCHAR(64), 
	redactions JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	seq INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_message_client_id UNIQUE (conversation_id, client_msg_id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_messages_conversation_id ON messages (conversation_id);

CREATE TABLE callback_requests (
	conversation_id INTEGER NOT NULL, 
	source_conversation_id INTEGER, 
	window_start DATETIME NOT NULL, 
	window_end DATETIME NOT NULL, 
	reason TEXT NOT NULL, 
	requested_by VARCHAR(64) NOT NULL, 
	client_request_id VARCHAR(64), 
	outcome VARCHAR(24), 
	outcome_at DATETIME, 
	outcome_by VARCHAR(64), 
	attempts INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (conversation_id), 
	CONSTRAINT uq_callback_request UNIQUE (requested_by, client_request_id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id), 
	FOREIGN KEY(source_conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_callback_requests_source_conversation_id ON callback_requests (source_conversation_id);

CREATE TABLE callback_reminders (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	window_start DATETIME NOT NULL, 
	sent_at DATETIME NOT NULL, 
	seq INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_callback_reminder UNIQUE (conversation_id, kind, window_start), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE TABLE cover_log (
	id INTEGER NOT NULL, 
	manager VARCHAR(64) NOT NULL, 
	backup VARCHAR(64), 
	routed_to VARCHAR(64), 
	conversation_id INTEGER NOT NULL, 
	customer_uid VARCHAR(32) NOT NULL, 
	reason VARCHAR(24) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_cover_log_manager ON cover_log (manager, at);

CREATE INDEX ix_cover_log_conversation_id ON cover_log (conversation_id);

CREATE TABLE sla_breaches (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	due_at DATETIME NOT NULL, 
	breached_at DATETIME NOT NULL, 
	seq INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_sla_breach UNIQUE (conversation_id, kind, due_at), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_sla_breaches_conversation_id ON sla_breaches (conversation_id);

CREATE TABLE sla_warnings (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	due_at DATETIME NOT NULL, 
	warned_at DATETIME NOT NULL, 
	seq INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_sla_warning UNIQUE (conversation_id, kind, due_at), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_sla_warnings_conversation_id ON sla_warnings (conversation_id);

CREATE TABLE agent_mentions (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	message_id INTEGER, 
	username VARCHAR(64) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	"by" VARCHAR(64) NOT NULL, 
	by_name VARCHAR(128) NOT NULL, 
	team VARCHAR(40), 
	excerpt VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	read_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_mention_message_agent UNIQUE (message_id, username), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_agent_mentions_conversation_id ON agent_mentions (conversation_id);

CREATE INDEX ix_agent_mentions_agent ON agent_mentions (username, id);

CREATE TABLE conversation_work (
	conversation_id INTEGER NOT NULL, 
	team VARCHAR(40), 
	queued_at DATETIME, 
	paused_at DATETIME, 
	first_response_warn_at DATETIME, 
	resolution_warn_at DATETIME, 
	escalated_from VARCHAR(64), 
	routed_at DATETIME, 
	PRIMARY KEY (conversation_id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_conversation_work_team ON conversation_work (team);

CREATE INDEX ix_conversation_work_resolution_warn_at ON conversation_work (resolution_warn_at);

CREATE INDEX ix_conversation_work_first_response_warn_at ON conversation_work (first_response_warn_at);

CREATE INDEX ix_conversation_work_queue ON conversation_work (queued_at);

CREATE TABLE assignment_log (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	agent VARCHAR(64), 
	previous VARCHAR(64), 
	team VARCHAR(40), 
	reason VARCHAR(16) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_assignment_log_conversation ON assignment_log (conversation_id, id);

CREATE TABLE tickets (
	conversation_id INTEGER NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	source_conversation_id INTEGER, 
	created_by VARCHAR(64) NOT NULL, 
	client_request_id VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (conversation_id), 
	CONSTRAINT uq_ticket_request UNIQUE (created_by, client_request_id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id), 
	FOREIGN KEY(source_conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_tickets_source_conversation_id ON tickets (source_conversation_id);

CREATE TABLE system_note_codes (
	message_id INTEGER NOT NULL, 
	code VARCHAR(64) NOT NULL, 
	args JSON NOT NULL, 
	PRIMARY KEY (message_id), 
	FOREIGN KEY(message_id) REFERENCES messages (id)
);

CREATE TABLE email_message_ids (
	id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	message_id VARCHAR(512) NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	message_row_id INTEGER, 
	direction VARCHAR(3) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (digest), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id), 
	FOREIGN KEY(message_row_id) REFERENCES messages (id)
);

CREATE INDEX ix_email_message_ids_conversation_id ON email_message_ids (conversation_id);

CREATE TABLE email_attachments (
	id INTEGER NOT NULL, 
	message_id INTEGER NOT NULL, 
	filename VARCHAR(255) NOT NULL, 
	content_type VARCHAR(127) NOT NULL, 
	size BIGINT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(message_id) REFERENCES messages (id)
);

CREATE INDEX ix_email_attachments_message_id ON email_attachments (message_id);

CREATE TABLE outbound_mail (
	message_id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	rfc_message_id VARCHAR(512) NOT NULL, 
	to_addr VARCHAR(256) NOT NULL, 
	raw TEXT NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME, 
	last_error VARCHAR(500), 
	created_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	PRIMARY KEY (message_id), 
	FOREIGN KEY(message_id) REFERENCES messages (id), 
	FOREIGN KEY(conversation_id) REFERENCES conversations (id)
);

CREATE INDEX ix_outbound_mail_conversation_id ON outbound_mail (conversation_id);

CREATE INDEX ix_outbound_mail_due ON outbound_mail (state, next_attempt_at);
