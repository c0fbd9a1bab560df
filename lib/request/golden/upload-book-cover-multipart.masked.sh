curl --request PUT \
  --url 'https://api.bookshelf.example/v1/books/bk_001/cover' \
  --header 'Accept: application/json' \
  --header 'X-API-Key: ****' \
  --form 'file=@"cover.png";type=image/png' \
  --form-string 'altText=A dark blue cover with the title in white capitals, and the author'\''s name'
