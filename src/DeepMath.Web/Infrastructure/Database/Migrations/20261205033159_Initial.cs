using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "organisations");

            migrationBuilder.EnsureSchema(
                name: "reviewing");

            migrationBuilder.EnsureSchema(
                name: "program");

            migrationBuilder.EnsureSchema(
                name: "events");

            migrationBuilder.EnsureSchema(
                name: "infra");

            migrationBuilder.EnsureSchema(
                name: "decisions");

            migrationBuilder.EnsureSchema(
                name: "registration");

            migrationBuilder.EnsureSchema(
                name: "submissions");

            migrationBuilder.EnsureSchema(
                name: "accounts");

            migrationBuilder.CreateTable(
                name: "assignment_batches",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    pair_count = table.Column<int>(type: "integer", nullable: false),
                    undone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    settings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignment_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "books",
                schema: "program",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    seen_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempted_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    step = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    built_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    pages = table.Column<int>(type: "integer", nullable: false),
                    abstracts = table.Column<int>(type: "integer", nullable: false),
                    release_version = table.Column<int>(type: "integer", nullable: false),
                    built_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    build_seconds = table.Column<double>(type: "double precision", nullable: false),
                    problems = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_books", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "completed_steps",
                schema: "infra",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_completed_steps", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "computed_scores",
                schema: "reviewing",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<int>(type: "integer", nullable: false),
                    mean = table.Column<double>(type: "double precision", nullable: true),
                    std_dev = table.Column<double>(type: "double precision", nullable: true),
                    weighted_mean = table.Column<double>(type: "double precision", nullable: true),
                    calibrated = table.Column<double>(type: "double precision", nullable: true),
                    spread = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_computed_scores", x => new { x.call_id, x.submission_id });
                });

            migrationBuilder.CreateTable(
                name: "custom_outcomes",
                schema: "decisions",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    label = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    accepts = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_custom_outcomes", x => new { x.call_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "infra",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decision_changes",
                schema: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    to_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    via = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decision_notices",
                schema: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    outcome_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    outbox_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resends = table.Column<int>(type: "integer", nullable: false),
                    latest_outbox_key = table.Column<string>(type: "character varying(420)", maxLength: 420, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decision_settings",
                schema: "decisions",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    talk_capacity = table.Column<int>(type: "integer", nullable: true),
                    poster_capacity = table.Column<int>(type: "integer", nullable: true),
                    send_on_notification_date = table.Column<bool>(type: "boolean", nullable: false),
                    scheduled_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scheduled_sent_for = table.Column<DateOnly>(type: "date", nullable: true),
                    send_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    send_requested_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_settings", x => x.call_id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                schema: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_revision = table.Column<int>(type: "integer", nullable: true),
                    sent_outcome_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_templates",
                schema: "decisions",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    updated_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_templates", x => new { x.call_id, x.outcome_key });
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    perspectives_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "infra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    to_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    to_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sending_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_owner = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pdf_archives",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submission_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    packed = table.Column<int>(type: "integer", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    size_bytes = table.Column<long>(type: "bigint", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pdf_archives", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pdf_blobs",
                schema: "submissions",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pdf_blobs", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "pending_uploads",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registration_settings",
                schema: "registration",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    last_wait_number = table.Column<long>(type: "bigint", nullable: false),
                    ticket_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    letter_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    payment_instructions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    letter_signatory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registration_settings", x => x.event_id);
                    table.CheckConstraint("ck_registration_settings_capacity", "capacity >= 0");
                });

            migrationBuilder.CreateTable(
                name: "releases",
                schema: "program",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_releases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "review_settings",
                schema: "reviewing",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviews_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    bidding_closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    form = table.Column<string>(type: "jsonb", nullable: false),
                    invitation_reminder_days = table.Column<int>(type: "integer", nullable: false),
                    reviewers_see_other_reviews = table.Column<bool>(type: "boolean", nullable: false),
                    default_max_load = table.Column<int>(type: "integer", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_settings", x => x.call_id);
                });

            migrationBuilder.CreateTable(
                name: "reviewer_invitations",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    invited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invited_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    last_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminders_sent = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviewer_invitations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviewers",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    expertise_topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    affiliations = table.Column<List<string>>(type: "text[]", nullable: false),
                    email_domains = table.Column<List<string>>(type: "text[]", nullable: false),
                    max_load = table.Column<int>(type: "integer", nullable: true),
                    declared_people = table.Column<List<string>>(type: "text[]", nullable: false),
                    declared_institutions = table.Column<List<string>>(type: "text[]", nullable: false),
                    profile_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    publications = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    publication_text = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    senior = table.Column<bool>(type: "boolean", nullable: false),
                    institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    country = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviewers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "schedule_tokens",
                schema: "program",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schedule_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "score_states",
                schema: "reviewing",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changed = table.Column<long>(type: "bigint", nullable: false),
                    computed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_states", x => x.call_id);
                });

            migrationBuilder.CreateTable(
                name: "series",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    host = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    time_zone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    biography_markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    homepage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    photo = table.Column<byte[]>(type: "bytea", nullable: true),
                    photo_content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speakers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stars",
                schema: "program",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stars", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submission_counters",
                schema: "submissions",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_counters", x => x.call_id);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    owner_id = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    @abstract = table.Column<string>(name: "abstract", type: "character varying(5000)", maxLength: 5000, nullable: false),
                    authors_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    presenter_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    disciplines = table.Column<List<string>>(type: "text[]", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    exception_request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    exception_state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    exception_decided_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    exception_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "working_copies",
                schema: "program",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    draft = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_copies", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "assignment_changes",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignment_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignment_changes_assignment_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "reviewing",
                        principalTable: "assignment_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_calls",
                schema: "organisations",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_calls", x => x.call_id);
                    table.ForeignKey(
                        name: "fk_award_calls_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "external_events",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_external_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "news_items",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    body_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    is_draft = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_news_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_news_items_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_events",
                schema: "organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_events", x => new { x.organisation_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_organisation_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_figures",
                schema: "organisations",
                columns: table => new
                {
                    position = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_figures", x => new { x.organisation_id, x.position });
                    table.ForeignKey(
                        name: "fk_organisation_figures_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_managers",
                schema: "organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_managers", x => new { x.organisation_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_organisation_managers_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_attachments",
                schema: "infra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    outbox_message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_attachments_outbox_messages_outbox_message_id",
                        column: x => x.outbox_message_id,
                        principalSchema: "infra",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_codes",
                schema: "registration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    discount_percent = table.Column<int>(type: "integer", nullable: false),
                    max_uses = table.Column<int>(type: "integer", nullable: false),
                    uses = table.Column<int>(type: "integer", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    invited_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registration_codes", x => x.id);
                    table.CheckConstraint("ck_registration_codes_discount", "discount_percent BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_registration_codes_uses", "uses <= max_uses");
                    table.ForeignKey(
                        name: "fk_registration_codes_registration_settings_event_id",
                        column: x => x.event_id,
                        principalSchema: "registration",
                        principalTable: "registration_settings",
                        principalColumn: "event_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_types",
                schema: "registration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    cap = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_offered = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_types", x => x.id);
                    table.CheckConstraint("ck_ticket_types_fee", "fee >= 0");
                    table.ForeignKey(
                        name: "fk_ticket_types_registration_settings_event_id",
                        column: x => x.event_id,
                        principalSchema: "registration",
                        principalTable: "registration_settings",
                        principalColumn: "event_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignments_assignment_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "reviewing",
                        principalTable: "assignment_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assignments_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "author_conflicts",
                schema: "reviewing",
                columns: table => new
                {
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    declared_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_author_conflicts", x => new { x.submission_id, x.reviewer_id });
                    table.ForeignKey(
                        name: "fk_author_conflicts_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bids",
                schema: "reviewing",
                columns: table => new
                {
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bids", x => new { x.reviewer_id, x.submission_id });
                    table.ForeignKey(
                        name: "fk_bids_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conflict_rulings",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflict_rulings", x => x.id);
                    table.ForeignKey(
                        name: "fk_conflict_rulings_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organizer_conflicts",
                schema: "reviewing",
                columns: table => new
                {
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    added_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizer_conflicts", x => new { x.reviewer_id, x.submission_id });
                    table.ForeignKey(
                        name: "fk_organizer_conflicts_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_changes",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    affiliations = table.Column<List<string>>(type: "text[]", nullable: false),
                    email_domains = table.Column<List<string>>(type: "text[]", nullable: false),
                    declared_people = table.Column<List<string>>(type: "text[]", nullable: false),
                    declared_institutions = table.Column<List<string>>(type: "text[]", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_profile_changes_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reviewer_conflicts",
                schema: "reviewing",
                columns: table => new
                {
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviewer_conflicts", x => new { x.reviewer_id, x.submission_id });
                    table.ForeignKey(
                        name: "fk_reviewer_conflicts_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "reviewing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    overall = table.Column<int>(type: "integer", nullable: true),
                    confidence = table.Column<int>(type: "integer", nullable: true),
                    comments_to_authors = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    confidential_comments = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_reviews_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalSchema: "accounts",
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "series_organizers",
                schema: "events",
                columns: table => new
                {
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_organizers", x => new { x.series_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_series_organizers_series_series_id",
                        column: x => x.series_id,
                        principalSchema: "events",
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "series_subscribers",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unsubscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_subscribers", x => x.id);
                    table.ForeignKey(
                        name: "fk_series_subscribers_series_series_id",
                        column: x => x.series_id,
                        principalSchema: "events",
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    series = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    edition = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    parent_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    speaker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    room = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    host_institution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    time_zone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    registration_opens_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registration_closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_events_parent_event_id",
                        column: x => x.parent_event_id,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_events_series_series_id",
                        column: x => x.series_id,
                        principalSchema: "events",
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_events_speakers_speaker_id",
                        column: x => x.speaker_id,
                        principalSchema: "events",
                        principalTable: "speakers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "submission_authors",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    may_edit = table.Column<bool>(type: "boolean", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_authors", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_authors_submissions_submission_id",
                        column: x => x.submission_id,
                        principalSchema: "submissions",
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_final_versions",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    @abstract = table.Column<string>(name: "abstract", type: "character varying(5000)", maxLength: 5000, nullable: false),
                    authors = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_final_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_final_versions_submissions_submission_id",
                        column: x => x.submission_id,
                        principalSchema: "submissions",
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_pdfs",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    report_json = table.Column<string>(type: "jsonb", nullable: false),
                    error_count = table.Column<int>(type: "integer", nullable: false),
                    warning_count = table.Column<int>(type: "integer", nullable: false),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checked_authors_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_pdfs", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_pdfs_submissions_submission_id",
                        column: x => x.submission_id,
                        principalSchema: "submissions",
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "accounts",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                schema: "accounts",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "accounts",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                schema: "accounts",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalSchema: "accounts",
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "accounts",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                schema: "accounts",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "accounts",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_applications",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    applicant_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    thesis_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    supervisor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    supervisor_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    letter_token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    letter_received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_award_applications_award_calls_call_id",
                        column: x => x.call_id,
                        principalSchema: "organisations",
                        principalTable: "award_calls",
                        principalColumn: "call_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                schema: "registration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ticket_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    wait_number = table.Column<long>(type: "bigint", nullable: true),
                    badge_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    career_stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    dietary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    accessibility = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    list_consent = table.Column<bool>(type: "boolean", nullable: false),
                    fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    payment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_presenter = table.Column<bool>(type: "boolean", nullable: false),
                    code_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_registration_codes_code_id",
                        column: x => x.code_id,
                        principalSchema: "registration",
                        principalTable: "registration_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_registrations_registration_settings_event_id",
                        column: x => x.event_id,
                        principalSchema: "registration",
                        principalTable: "registration_settings",
                        principalColumn: "event_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_registrations_ticket_types_ticket_type_id",
                        column: x => x.ticket_type_id,
                        principalSchema: "registration",
                        principalTable: "ticket_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    notification_on = table.Column<DateOnly>(type: "date", nullable: true),
                    final_version_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deadline_zone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    disciplines = table.Column<List<string>>(type: "text[]", nullable: false),
                    double_blind = table.Column<bool>(type: "boolean", nullable: false),
                    reviews_per_submission = table.Column<int>(type: "integer", nullable: false),
                    format_rules = table.Column<string>(type: "jsonb", nullable: true),
                    template = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calls", x => x.id);
                    table.ForeignKey(
                        name: "fk_calls_events_event_id",
                        column: x => x.event_id,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_organizers",
                schema: "events",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_organizers", x => new { x.event_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_event_organizers_events_event_id",
                        column: x => x.event_id,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_subscribers",
                schema: "events",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    subscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_subscribers", x => new { x.event_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_event_subscribers_events_event_id",
                        column: x => x.event_id,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organizer_invitations",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    invited_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizer_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organizer_invitations_events_event_id",
                        column: x => x.event_id,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_files",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_files_award_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "organisations",
                        principalTable: "award_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    applicant_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    awarded_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_award_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "organisations",
                        principalTable: "award_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_awards_award_calls_call_id",
                        column: x => x.call_id,
                        principalSchema: "organisations",
                        principalTable: "award_calls",
                        principalColumn: "call_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_log",
                schema: "registration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_payment_log_registrations_registration_id",
                        column: x => x.registration_id,
                        principalSchema: "registration",
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "call_templates",
                schema: "events",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_templates", x => x.call_id);
                    table.ForeignKey(
                        name: "fk_call_templates_calls_call_id",
                        column: x => x.call_id,
                        principalSchema: "events",
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_files_application_id_kind",
                schema: "organisations",
                table: "application_files",
                columns: new[] { "application_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assignment_batches_call_id_created_at",
                schema: "reviewing",
                table: "assignment_batches",
                columns: new[] { "call_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignment_changes_batch_id",
                schema: "reviewing",
                table: "assignment_changes",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignment_changes_call_id",
                schema: "reviewing",
                table: "assignment_changes",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_batch_id",
                schema: "reviewing",
                table: "assignments",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_call_id",
                schema: "reviewing",
                table: "assignments",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_reviewer_id",
                schema: "reviewing",
                table: "assignments",
                column: "reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_submission_id_reviewer_id",
                schema: "reviewing",
                table: "assignments",
                columns: new[] { "submission_id", "reviewer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_author_conflicts_reviewer_id",
                schema: "reviewing",
                table: "author_conflicts",
                column: "reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_applications_call_id_applicant_user_id",
                schema: "organisations",
                table: "award_applications",
                columns: new[] { "call_id", "applicant_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_award_applications_letter_token_hash",
                schema: "organisations",
                table: "award_applications",
                column: "letter_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_applications_submission_id",
                schema: "organisations",
                table: "award_applications",
                column: "submission_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_calls_organisation_id",
                schema: "organisations",
                table: "award_calls",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_application_id",
                schema: "organisations",
                table: "awards",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_call_id_applicant_email",
                schema: "organisations",
                table: "awards",
                columns: new[] { "call_id", "applicant_email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_call_id_applicant_user_id",
                schema: "organisations",
                table: "awards",
                columns: new[] { "call_id", "applicant_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bids_submission_id",
                schema: "reviewing",
                table: "bids",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_calls_event_id",
                schema: "events",
                table: "calls",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_computed_scores_submission_id",
                schema: "reviewing",
                table: "computed_scores",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_conflict_rulings_reviewer_id_submission_id_kind",
                schema: "reviewing",
                table: "conflict_rulings",
                columns: new[] { "reviewer_id", "submission_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decision_changes_call_id_changed_at",
                schema: "decisions",
                table: "decision_changes",
                columns: new[] { "call_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_decision_changes_submission_id",
                schema: "decisions",
                table: "decision_changes",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_decision_notices_call_id_submission_id",
                schema: "decisions",
                table: "decision_notices",
                columns: new[] { "call_id", "submission_id" });

            migrationBuilder.CreateIndex(
                name: "ix_decision_notices_outbox_key",
                schema: "decisions",
                table: "decision_notices",
                column: "outbox_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decisions_call_id_outcome_key",
                schema: "decisions",
                table: "decisions",
                columns: new[] { "call_id", "outcome_key" });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_submission_id",
                schema: "decisions",
                table: "decisions",
                column: "submission_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_organizers_user_id",
                schema: "events",
                table: "event_organizers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_parent_event_id",
                schema: "events",
                table: "events",
                column: "parent_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_series_id_starts_on",
                schema: "events",
                table: "events",
                columns: new[] { "series_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_events_slug",
                schema: "events",
                table: "events",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_speaker_id",
                schema: "events",
                table: "events",
                column: "speaker_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_events_organisation_id_starts_on",
                schema: "organisations",
                table: "external_events",
                columns: new[] { "organisation_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_news_items_organisation_id_published_on",
                schema: "organisations",
                table: "news_items",
                columns: new[] { "organisation_id", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_organisation_events_event_id",
                schema: "organisations",
                table: "organisation_events",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_managers_user_id",
                schema: "organisations",
                table: "organisation_managers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_slug",
                schema: "organisations",
                table: "organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizer_conflicts_submission_id",
                schema: "reviewing",
                table: "organizer_conflicts",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_organizer_invitations_event_id",
                schema: "events",
                table: "organizer_invitations",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_organizer_invitations_token_hash",
                schema: "events",
                table: "organizer_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_attachments_outbox_message_id",
                schema: "infra",
                table: "outbox_attachments",
                column: "outbox_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_created_at",
                schema: "infra",
                table: "outbox_messages",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id_created_at",
                schema: "infra",
                table: "outbox_messages",
                columns: new[] { "event_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_idempotency_key",
                schema: "infra",
                table: "outbox_messages",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_state_created_at",
                schema: "infra",
                table: "outbox_messages",
                columns: new[] { "state", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_state_next_attempt_at",
                schema: "infra",
                table: "outbox_messages",
                columns: new[] { "state", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_log_registration_id",
                schema: "registration",
                table: "payment_log",
                column: "registration_id");

            migrationBuilder.CreateIndex(
                name: "ix_pdf_archives_call_id_requested_at",
                schema: "submissions",
                table: "pdf_archives",
                columns: new[] { "call_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pending_uploads_owner_id",
                schema: "submissions",
                table: "pending_uploads",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_pending_uploads_storage_key",
                schema: "submissions",
                table: "pending_uploads",
                column: "storage_key");

            migrationBuilder.CreateIndex(
                name: "ix_profile_changes_call_id_state",
                schema: "reviewing",
                table: "profile_changes",
                columns: new[] { "call_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_profile_changes_reviewer_id",
                schema: "reviewing",
                table: "profile_changes",
                column: "reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_registration_codes_event_id_code",
                schema: "registration",
                table: "registration_codes",
                columns: new[] { "event_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_code_id",
                schema: "registration",
                table: "registrations",
                column: "code_id");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_state_ticket_type_id",
                schema: "registration",
                table: "registrations",
                columns: new[] { "event_id", "state", "ticket_type_id" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_wait_number",
                schema: "registration",
                table: "registrations",
                columns: new[] { "event_id", "wait_number" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_one_per_account",
                schema: "registration",
                table: "registrations",
                columns: new[] { "event_id", "user_id" },
                unique: true,
                filter: "state <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_ticket_type_id",
                schema: "registration",
                table: "registrations",
                column: "ticket_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_releases_event_id_version",
                schema: "program",
                table: "releases",
                columns: new[] { "event_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviewer_conflicts_submission_id",
                schema: "reviewing",
                table: "reviewer_conflicts",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviewer_invitations_call_id_email",
                schema: "reviewing",
                table: "reviewer_invitations",
                columns: new[] { "call_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviewer_invitations_state_last_sent_at",
                schema: "reviewing",
                table: "reviewer_invitations",
                columns: new[] { "state", "last_sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reviewers_call_id_user_id",
                schema: "reviewing",
                table: "reviewers",
                columns: new[] { "call_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviewers_user_id",
                schema: "reviewing",
                table: "reviewers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_call_id",
                schema: "reviewing",
                table: "reviews",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_reviewer_id",
                schema: "reviewing",
                table: "reviews",
                column: "reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_submission_id_reviewer_id",
                schema: "reviewing",
                table: "reviews",
                columns: new[] { "submission_id", "reviewer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviews_submitted_scores",
                schema: "reviewing",
                table: "reviews",
                columns: new[] { "call_id", "submission_id", "reviewer_id" },
                filter: "submitted_at IS NOT NULL AND overall IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "overall", "confidence" });

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                schema: "accounts",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_roles_normalized_name",
                schema: "accounts",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schedule_tokens_event_id_user_id",
                schema: "program",
                table: "schedule_tokens",
                columns: new[] { "event_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schedule_tokens_token_hash",
                schema: "program",
                table: "schedule_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_series_slug",
                schema: "events",
                table: "series",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_series_subscribers_series_id_email",
                schema: "events",
                table: "series_subscribers",
                columns: new[] { "series_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_series_subscribers_token",
                schema: "events",
                table: "series_subscribers",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_speakers_name",
                schema: "events",
                table: "speakers",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_stars_event_id_user_id_target_id",
                schema: "program",
                table: "stars",
                columns: new[] { "event_id", "user_id", "target_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submission_authors_submission_id",
                schema: "submissions",
                table: "submission_authors",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_submission_final_versions_submission_id_version",
                schema: "submissions",
                table: "submission_final_versions",
                columns: new[] { "submission_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submission_pdfs_submission_id_version",
                schema: "submissions",
                table: "submission_pdfs",
                columns: new[] { "submission_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_call_id_number",
                schema: "submissions",
                table: "submissions",
                columns: new[] { "call_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_one_per_presenter",
                schema: "submissions",
                table: "submissions",
                columns: new[] { "call_id", "presenter_email" },
                unique: true,
                filter: "presenter_email IS NOT NULL AND state <> 'Withdrawn'");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_owner_id",
                schema: "submissions",
                table: "submissions",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_types_event_id_name",
                schema: "registration",
                table: "ticket_types",
                columns: new[] { "event_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                schema: "accounts",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                schema: "accounts",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                schema: "accounts",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_email",
                schema: "accounts",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_user_name",
                schema: "accounts",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            // By hand: what the model cannot say. Every insert into the outbox wakes the delivery loops.
            migrationBuilder.Sql(DeepMath.Web.Infrastructure.Email.Delivery.OutboxNotifyTrigger.Create);

            // By hand: an expression index, which the model cannot say. Conflict checks look authors up by
            // address whatever its case (lower(email) = ANY(...)), which was a scan of every author.
            migrationBuilder.Sql("CREATE INDEX ix_submission_authors_lower_email ON submissions.submission_authors (lower(email));");

            // By hand: the triggers that count changes to reviews and assignments for the computed score table.
            migrationBuilder.Sql(DeepMath.Web.Modules.Reviewing.ScoreTable.ScoreTableTriggers.Create);

            // By hand: a change of an account's stamp or confirmation, however it is made, tells every instance's
            // session cache at its commit.
            migrationBuilder.Sql(DeepMath.Web.Modules.Accounts.Sessions.SessionNotifyTrigger.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DeepMath.Web.Modules.Accounts.Sessions.SessionNotifyTrigger.Drop);
            migrationBuilder.Sql(DeepMath.Web.Modules.Reviewing.ScoreTable.ScoreTableTriggers.Drop);
            migrationBuilder.Sql("DROP INDEX IF EXISTS submissions.ix_submission_authors_lower_email;");
            migrationBuilder.Sql(DeepMath.Web.Infrastructure.Email.Delivery.OutboxNotifyTrigger.Drop);

            migrationBuilder.DropTable(
                name: "application_files",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "assignment_changes",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "assignments",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "author_conflicts",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "awards",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "bids",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "books",
                schema: "program");

            migrationBuilder.DropTable(
                name: "call_templates",
                schema: "events");

            migrationBuilder.DropTable(
                name: "completed_steps",
                schema: "infra");

            migrationBuilder.DropTable(
                name: "computed_scores",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "conflict_rulings",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "custom_outcomes",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "infra");

            migrationBuilder.DropTable(
                name: "decision_changes",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decision_notices",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decision_settings",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decisions",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "event_organizers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "event_subscribers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "external_events",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "news_items",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "notification_templates",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "organisation_events",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organisation_figures",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organisation_managers",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organizer_conflicts",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "organizer_invitations",
                schema: "events");

            migrationBuilder.DropTable(
                name: "outbox_attachments",
                schema: "infra");

            migrationBuilder.DropTable(
                name: "payment_log",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "pdf_archives",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "pdf_blobs",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "pending_uploads",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "profile_changes",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "releases",
                schema: "program");

            migrationBuilder.DropTable(
                name: "review_settings",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "reviewer_conflicts",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "reviewer_invitations",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "role_claims",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "schedule_tokens",
                schema: "program");

            migrationBuilder.DropTable(
                name: "score_states",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "series_organizers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "series_subscribers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "stars",
                schema: "program");

            migrationBuilder.DropTable(
                name: "submission_authors",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "submission_counters",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "submission_final_versions",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "submission_pdfs",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "user_claims",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "user_logins",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "user_roles",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "user_tokens",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "working_copies",
                schema: "program");

            migrationBuilder.DropTable(
                name: "assignment_batches",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "award_applications",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "calls",
                schema: "events");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "infra");

            migrationBuilder.DropTable(
                name: "registrations",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "reviewers",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "submissions",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "roles",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "users",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "award_calls",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "events",
                schema: "events");

            migrationBuilder.DropTable(
                name: "registration_codes",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "ticket_types",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "series",
                schema: "events");

            migrationBuilder.DropTable(
                name: "speakers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "registration_settings",
                schema: "registration");
        }
    }
}
